import { describe, expect, it } from 'vitest';
import { anonymiseText, mentionPattern, mentionsPerson } from './mentions';

const lone = mentionPattern([{ name: 'Lone  Hansen', email: 'lone@hansen.dk', phone: '+45 20 30 40 50' }]);

describe('mentions of a person', () => {
  it('finds the name as whole words in any case and spacing, with a genitive s, and the e-mail and phone', () => {
    expect(anonymiseText('LONE HANSEN og lone\nhansen', lone)).toBe('[anonymiseret] og [anonymiseret]');
    expect(anonymiseText('Lone Hansens datter', lone)).toBe('[anonymiseret]s datter');
    expect(anonymiseText('Skriv til lone@hansen.dk eller ring 20304050 / 20 30 40 50', lone)).toBe(
      'Skriv til [anonymiseret] eller ring [anonymiseret] / [anonymiseret]',
    );
  });

  it('leaves other names and numbers alone', () => {
    for (const text of ['Malone Hansen', 'Lone Hansensen', 'Lone', 'Hansen', '202030405050']) {
      expect(mentionsPerson(text, lone), text).toBe(false);
    }
  });

  it('ignores terms too short to be safe', () => {
    expect(mentionPattern([{ name: 'Bo', email: '', phone: '123' }])).toBeNull();
    expect(mentionsPerson('Bo bor i Borup', null)).toBe(false);
  });
});
