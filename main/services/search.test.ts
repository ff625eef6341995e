import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fieldsOfPartnership,
  organisationFieldsSchema,
  partnershipFieldsSchema,
  type PartnershipFieldsInput,
} from '../../shared/api';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { ftsQuery } from '../db/repositories/partnerships';
import { useTempFolder } from '../testing/tempFolder';
import { testPorts } from '../testing/testPorts';
import { createServices } from './index';

const tempFolder = useTempFolder();
const byId = (a: number, b: number) => a - b;

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  const repos = createRepositories(db);
  const services = createServices(repos, testPorts('2026-11-24T12:00:00Z'));
  const create = (title: string, input: Partial<PartnershipFieldsInput> = {}) =>
    services.partnerships.create(
      partnershipFieldsSchema.parse({
        title,
        partner: 'Frivilligcenteret',
        volunteerType: 'humanitaer',
        involvement: 'mellem',
        ...input,
      }),
    ).id;
  return {
    db,
    repos,
    services,
    create,
    search: (query: string) => services.partnerships.search(query).sort(byId),
  };
}

/** A small register with compound words, Danish letters and a hyphenated place. */
function register() {
  const s = setup();
  const ids = {
    lektiecafe: s.create('Lektiecafé i Årslev', { partner: 'Røde Kors' }),
    demens: s.create('Demenscaféen', { partner: 'Ældre Sagen', notes: 'Kaffe og kage hver torsdag.' }),
    lektiehjaelp: s.create('Lektiehjælp', {
      partner: 'Dansk Folkehjælp',
      partnerContact: { name: 'Søren Østergaard' },
    }),
    gaaklub: s.create('Gåklub', { partner: 'Ældre Sagen', notes: 'Mødes hos Allested-Vejle IF.' }),
    spejder: s.create('Spejdernes sommerlejr', { partner: 'KFUM', notes: 'Lejr for 8 til 12-årige' }),
  };
  return { ...s, ids };
}

/** Every word break (`main/db/searchIndex.ts`), as it can be written right before a word. */
const WORD_BREAKS: readonly (readonly [name: string, character: string])[] = [
  ['a line break', '\n'],
  ['a hyphen', '-'],
  ['a slash', '/'],
  ['a bracket', '('],
  ['a quotation mark', '"'],
  ['an English quotation mark', '“'],
  ['a tab', '\t'],
  ['a no-break space', '\u00a0'],
  ['an en dash', '–'],
  ['an em dash', '—'],
  ['a Danish quotation mark', '»'],
  ['a French quotation mark', '«'],
  ["Word's quotation mark", '”'],
  ['a low quotation mark', '„'],
  ['an English single quotation mark', '‘'],
  ["Word's single quotation mark", '’'],
  ['an apostrophe', "'"],
  ['a full stop', '.'],
  ['a comma', ','],
  ['a colon', ':'],
];

describe('searching the register', () => {
  it('finds a word inside compound words, from three letters', () => {
    const { search, ids } = register();
    expect(search('café')).toEqual([ids.lektiecafe, ids.demens].sort(byId));
    expect(search('hjælp')).toEqual([ids.lektiehjaelp]);
    expect(search('klub')).toEqual([ids.gaaklub]);
    expect(search('caféen')).toEqual([ids.demens]);
    expect(search('ektie')).toEqual([ids.lektiecafe, ids.lektiehjaelp].sort(byId));
    // Inside the partner's name, the notes and the contact's name too.
    expect(search('kehjæl')).toEqual([ids.lektiehjaelp]);
    expect(search('torsdag')).toEqual([ids.demens]);
    expect(search('tergaard')).toEqual([ids.lektiehjaelp]);
  });

  it('ignores case and keeps æ, ø, å and é letters of their own', () => {
    const { search, ids } = register();
    expect(search('CAFÉ')).toEqual([ids.lektiecafe, ids.demens].sort(byId));
    expect(search('ÆLDRE')).toEqual([ids.demens, ids.gaaklub].sort(byId));
    expect(search('gåklub')).toEqual([ids.gaaklub]);
    expect(search('ØSTER')).toEqual([ids.lektiehjaelp]);
    expect(search('årslev')).toEqual([ids.lektiecafe]);
    expect(search('gaklub')).toEqual([]);
    expect(search('arslev')).toEqual([]);
    expect(search('aeldre')).toEqual([]);
    // As with the index before: an accent is part of the letter.
    expect(search('cafe')).toEqual([]);
  });

  it('requires every word typed', () => {
    const { search, ids } = register();
    expect(search('café røde')).toEqual([ids.lektiecafe]);
    expect(search('café sagen')).toEqual([ids.demens]);
    expect(search('ældre klub')).toEqual([ids.gaaklub]);
    expect(search('café klub')).toEqual([]);
    expect(search('lektie-café, årslev!')).toEqual([ids.lektiecafe]);
  });

  it('finds the words that one or two letters begin', () => {
    const { search, ids } = register();
    expect(search('le')).toEqual([ids.lektiecafe, ids.lektiehjaelp, ids.spejder].sort(byId));
    expect(search('LE')).toEqual(search('le'));
    expect(search('l')).toEqual([ids.lektiecafe, ids.lektiehjaelp, ids.spejder].sort(byId));
    // "ca" begins no word: the café in "Lektiecafé" is found from three letters.
    expect(search('ca')).toEqual([]);
    expect(search('gå')).toEqual([ids.gaaklub]);
    expect(search('å')).toEqual([ids.lektiecafe, ids.spejder].sort(byId));
    expect(search('ø')).toEqual([ids.lektiehjaelp]);
    // After a hyphen, a line break or at the start of any field.
    expect(search('ve')).toEqual([ids.gaaklub]);
    expect(search('12')).toEqual([ids.spejder]);
    expect(search('8')).toEqual([ids.spejder]);
    expect(search('i')).toEqual([ids.lektiecafe, ids.gaaklub].sort(byId));
    expect(search('x')).toEqual([]);
    // Mixed with longer words, still all required.
    expect(search('lektie f')).toEqual([ids.lektiehjaelp]);
    expect(search('café d')).toEqual([ids.demens]);
    expect(search('d café')).toEqual([ids.demens]);
    expect(search('x café')).toEqual([]);
  });

  it.each(WORD_BREAKS)('finds the words that one or two letters begin right after %s', (_, character) => {
    const { create, search } = setup();
    const id = create(`Besøg${character}Ældre`);
    create('Gåklub');
    expect(search('æ')).toEqual([id]);
    expect(search('æl')).toEqual([id]);
    expect(search('ldr')).toEqual([id]);
    // Typed as it is written, the character parts the words in the query too.
    expect(search(`besøg${character}æl`)).toEqual([id]);
  });

  it('turns anything typed into a safe query', () => {
    const { search } = register();
    expect(search('')).toEqual([]);
    expect(search('  -- ')).toEqual([]);
    expect(search('"); DROP TABLE partnerships; --')).toEqual([]);
    expect(search('café OR NOT AND NEAR')).toEqual([]);
    expect(ftsQuery('Café lektie-HJÆLP sp')).toBe('"café" AND "lektie" AND "hjælp" AND " sp"');
    expect(ftsQuery('k', () => [' ka', ' k"'])).toBe('(" ka" OR " k""")');
    expect(ftsQuery('k')).toBeNull();
    // A decomposed é (e + combining accent) is the same letter as a composed one.
    expect(ftsQuery('cafe\u0301')).toBe('"café"');
  });

  it('keeps the index in step with edits, partner renames, contact changes and deletions', () => {
    const { services, repos, search, ids } = register();
    const lektiehjaelp = services.partnerships.get(ids.lektiehjaelp);
    services.partnerships.update(ids.lektiehjaelp, {
      ...fieldsOfPartnership(lektiehjaelp),
      title: 'Julehjælp',
      partnerContact: { name: 'Bjørn Aagaard', email: '', phone: '' },
    });
    expect(search('lektiehjælp')).toEqual([]);
    expect(search('julehjælp')).toEqual([ids.lektiehjaelp]);
    expect(search('østergaard')).toEqual([]);
    expect(search('agaard')).toEqual([ids.lektiehjaelp]);

    // Renaming the partner reaches every partnership it has (a trigger).
    const sagen = services.partnerships.get(ids.demens).partnerId;
    const { id, partnershipCount, ...organisation } = services.organisations.get(sagen);
    expect(partnershipCount).toBe(2);
    services.organisations.update(
      id,
      organisationFieldsSchema.parse({ ...organisation, name: 'Ældremobiliseringen' }),
    );
    expect(search('sagen')).toEqual([]);
    expect(search('mobil')).toEqual([ids.demens, ids.gaaklub].sort(byId));

    // Correcting a person's name (as the følgegruppe does) reaches the partnerships they are contact for.
    const contact = repos.contacts.get(repos.partnerships.contactIdsOf(ids.lektiehjaelp).partner!)!;
    repos.contacts.update({ ...contact, name: 'Bjørn Aabjerg' }, '2026-11-24T12:00:00Z');
    expect(search('agaard')).toEqual([]);
    expect(search('aabjerg')).toEqual([ids.lektiehjaelp]);

    services.partnerships.delete(ids.demens);
    expect(search('café')).toEqual([ids.lektiecafe]);
    expect(search('mobil')).toEqual([ids.gaaklub]);
  });

  it('rebuilds the index with the same answers', () => {
    const { repos, search, ids } = register();
    const before = ['café', 'le', 'l', 'ældre klub'].map(search);
    repos.transaction(() => repos.partnerships.rebuildSearchIndex());
    expect(['café', 'le', 'l', 'ældre klub'].map(search)).toEqual(before);
    expect(search('hjælp')).toEqual([ids.lektiehjaelp]);
  });
});
