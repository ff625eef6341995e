import { describe, expect, it } from 'vitest';
import {
  anonymiseStored,
  anonymiseText,
  mentionPattern,
  mentionsPerson,
  storedMentionsPerson,
} from './mentions';
import { describeRecord } from './values';

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

describe('records in the access export', () => {
  it('reads as text: labels, Danish words for codes, Danish dates, no bookkeeping columns', () => {
    expect(
      describeRecord('followup_attendance', {
        id: 3,
        meeting_id: 2,
        person_id: 7,
        status: 'til_stede',
        date: '2026-03-12',
        notes: '',
        created_at: '2026-01-01T10:00:00Z',
      }),
    ).toBe('Møde nr.: 2; Status: Til stede; Dato: 12.3.2026');
    expect(describeRecord('followup_members', { seat_kind: 'valgt', term_end: '2027-12-31' })).toBe(
      'Plads: Valgt på Nytårskuren; Valgperiode slutter: 31.12.2027',
    );
    expect(describeRecord('followup_actions', { status: 'open', text: 'Ring til formanden' })).toBe(
      'Status: Åben; Tekst: Ring til formanden',
    );
    // A value outside the table's codes is shown as it is, not lost.
    expect(describeRecord('followup_actions', { status: 'ukendt' })).toBe('Status: ukendt');
  });
});

describe('stored values', () => {
  it('walks JSON string by string and leaves encoded files alone, even when a short name hides in them', () => {
    const bo = mentionPattern([{ name: 'Ada', email: '', phone: '' }]);
    const logo = `${'A'.repeat(300)}/ada/${'B'.repeat(300)}`;
    const stored = JSON.stringify({ fileName: 'logo.png', contentBase64: logo, note: 'Ada ringer' });
    expect(JSON.parse(anonymiseStored(stored, bo))).toEqual({
      fileName: 'logo.png',
      contentBase64: logo,
      note: '[anonymiseret] ringer',
    });
    expect(anonymiseStored(logo, bo)).toBe(logo);
    expect(anonymiseStored('"Ada"', bo)).toBe('"[anonymiseret]"');
    expect(anonymiseStored('{ikke json} Ada', bo)).toBe('{ikke json} [anonymiseret]');
    expect(storedMentionsPerson(stored, bo)).toBe(true);
    expect(storedMentionsPerson(JSON.stringify({ contentBase64: logo }), bo)).toBe(false);
  });
});
