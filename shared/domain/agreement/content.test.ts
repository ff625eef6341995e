import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAUSES } from './clauses';
import { agreementContent, agreementFileName, agreementShape, type AgreementSource } from './content';

const settings = {
  municipalityName: 'Faaborg-Midtfyn Kommune',
  municipalityAddress: 'Tinghuset',
  clauses: DEFAULT_CLAUSES,
};

const complete: AgreementSource = {
  title: 'Demenscafé',
  partner: 'Ældre Sagen',
  volunteerType: 'humanitaer',
  involvement: 'hoej',
  involvementCriteria: ['formaliseret', 'personale_deltager'],
  quadrant: 1,
  agreementKind: 'samarbejdsaftale',
  unitName: 'Center for Sundhed og Seniorliv',
  targetGroup: 'Borgere med demens',
  purpose: 'Et trygt mødested.',
  activities: 'Café hver torsdag.',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  renewalDate: '2026-10-01',
  amount: 1_900_000,
  fundingSource: 'paragraf18',
  staffHoursPerMonth: 7.5,
  expectedEvaluation: '',
  childrenUnder15: false,
  fixedAttachment: true,
  criminalRecordCheck: false,
  municipalObligations: '',
  partnerObligations: '',
  partnerContact: { name: 'Lone Madsen', email: 'lone@example.dk', phone: '' },
  municipalContact: { name: 'Karin Holm', email: '', phone: '' },
};

const text = (c: ReturnType<typeof agreementContent>) =>
  c.sections
    .flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) =>
        b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : b.rows.flat(),
      ),
    ])
    .join('\n');

describe('agreementShape', () => {
  it('gives lav a short agreement, mellem and høj the full one, and a partnerskabsaftale its own', () => {
    expect(agreementShape({ involvement: 'lav', agreementKind: 'samarbejdsaftale' })).toBe('kort');
    expect(agreementShape({ involvement: 'mellem', agreementKind: 'ingen' })).toBe('fuld');
    expect(agreementShape({ involvement: 'hoej', agreementKind: 'samarbejdsaftale' })).toBe('fuld');
    expect(agreementShape({ involvement: 'lav', agreementKind: 'partnerskabsaftale' })).toBe('partnerskab');
  });
});

describe('agreementContent', () => {
  it('fills every section of the full agreement from the record, in Danish formats', () => {
    const c = agreementContent(complete, settings, '2026-11-24');
    expect(c.missing).toEqual([]);
    expect(c.sections.map((s) => s.heading)).toEqual([
      'Parter og kontaktpersoner',
      'Baggrund og formål',
      'Målgruppe',
      'Samarbejdets karakter',
      'Aktiviteter',
      'Roller, ansvar og opgavefordeling',
      'Økonomi og ressourcer',
      'Tavshedspligt og underretningspligt',
      'Forsikring',
      'Kommunikation og dialogmøder',
      'Evaluering og opfølgning',
      'Varighed, fornyelse og opsigelse',
      'Uenighed',
    ]);
    const all = text(c);
    expect(all).toContain('Kommunen støtter samarbejdet med 1.900.000 kr. (§18-midler).');
    expect(all).toContain('ca. 7,5 medarbejdertimer');
    expect(all).toContain('kvadrant 1: foreninger – høj/mellem involvering');
    expect(all).toContain('Aftalen gælder fra 1. januar 2026 til 31. december 2026.');
    expect(all).toContain('senest 1. oktober 2026');
    expect(all).toContain(DEFAULT_CLAUSES.opsigelse);
    expect(all).not.toContain('Børneattest');
    expect(c.metadata).toContainEqual(['KLE', '27.15.12 Frivilligt socialt arbejde']);
    expect(c.signatures).toEqual([
      { party: 'For Faaborg-Midtfyn Kommune', person: 'Karin Holm' },
      { party: 'For Ældre Sagen', person: 'Lone Madsen' },
    ]);
    expect(c.fileName).toBe('Samarbejdsaftale - Ældre Sagen - Demenscafé - 2026-11-24.docx');
  });

  it('writes a short dialogue agreement for lav involvement', () => {
    const c = agreementContent(
      { ...complete, involvement: 'lav', quadrant: 3, endDate: null },
      settings,
      '2026-11-24',
    );
    expect(c.documentTitle).toBe('Samarbejdsaftale om dialog og videndeling');
    expect(c.sections.map((s) => s.heading)).toEqual([
      'Parter og kontaktpersoner',
      'Formål',
      'Samarbejdets karakter',
      'Aktiviteter',
      'Dialog og videndeling',
      'Tavshedspligt og underretningspligt',
      'Varighed og opsigelse',
    ]);
    expect(text(c)).toContain('og løber, til den opsiges');
    expect(text(c)).toContain('dialog og videndeling');
  });

  it('adds the mutual obligations to a partnerskabsaftale, from the record or as placeholders', () => {
    const c = agreementContent({ ...complete, agreementKind: 'partnerskabsaftale' }, settings, '2026-11-24');
    expect(c.documentTitle).toBe('Partnerskabsaftale');
    expect(c.sections.map((s) => s.heading)).toContain('Gensidige forpligtelser');
    expect(c.missing).toEqual(['kommunens forpligtelser', 'partnerens forpligtelser']);
    expect(c.fileName).toMatch(/^Partnerskabsaftale - /);
    const filled = agreementContent(
      {
        ...complete,
        agreementKind: 'partnerskabsaftale',
        municipalObligations: 'Stille en medarbejder til rådighed 10 timer om måneden.',
        partnerObligations: 'Rekruttere og uddanne de frivillige.',
      },
      settings,
      '2026-11-24',
      3,
    );
    expect(filled.missing).toEqual([]);
    expect(text(filled)).toContain('Faaborg-Midtfyn Kommune forpligter sig til');
    expect(text(filled)).toContain('Rekruttere og uddanne de frivillige.');
    expect(filled.metadata).toContainEqual(['Version', '3']);
  });

  it('includes the straffeattest clause only when chosen on the record, with or without børneattest', () => {
    expect(text(agreementContent(complete, settings, '2026-11-24'))).not.toContain('traffeattest');
    const only = agreementContent({ ...complete, criminalRecordCheck: true }, settings, '2026-11-24');
    expect(only.sections.map((s) => s.heading)).toContain('Straffeattest');
    expect(text(only)).toContain(DEFAULT_CLAUSES.straffeattest);
    expect(text(only)).toContain(
      'Straffeattesten skal være set, før de frivillige begynder, dvs. senest 1. januar 2026. Ældre Sagen sørger for det.',
    );
    const both = agreementContent(
      { ...complete, criminalRecordCheck: true, childrenUnder15: true, involvement: 'lav', quadrant: 3 },
      settings,
      '2026-11-24',
    );
    expect(both.sections.map((s) => s.heading)).toContain('Børneattest og straffeattest');
  });

  it('includes the børneattest clause only for fixed attachment to children under 15, and says who obtains it', () => {
    const withChildren = agreementContent({ ...complete, childrenUnder15: true }, settings, '2026-11-24');
    expect(text(withChildren)).toContain('Børneattest');
    expect(text(withChildren)).toContain(
      'Børneattesten skal foreligge, før de frivillige begynder, dvs. senest 1. januar 2026. Ældre Sagen indhenter attesterne.',
    );
    const municipal = agreementContent(
      { ...complete, childrenUnder15: true, fundingSource: null },
      settings,
      '2026-11-24',
    );
    expect(text(municipal)).toContain('Faaborg-Midtfyn Kommune indhenter attesterne.');
    expect(
      text(
        agreementContent(
          { ...complete, childrenUnder15: true, fixedAttachment: false },
          settings,
          '2026-11-24',
        ),
      ),
    ).not.toContain('Børneattest');
  });

  it('never leaves missing information silently blank: it lists it and writes a placeholder', () => {
    const c = agreementContent(
      { ...complete, purpose: ' ', activities: '', targetGroup: '', endDate: null, partnerContact: null },
      { ...settings, municipalityName: '' },
      '2026-11-24',
    );
    expect(c.missing).toEqual([
      'kommunens navn (Indstillinger)',
      'partnerens kontaktperson',
      'formål',
      'aktiviteter (hvad, hvornår og hvor)',
      'slutdato',
      'målgruppe',
    ]);
    expect(text(c)).toContain('[Udfyld: formål]');
    expect(text(c)).toContain('til [Udfyld: slutdato]');
  });

  it('makes file names safe on every file system', () => {
    expect(agreementFileName('fuld', 'A/S "Hjælp" *nu*', 'Café: 2?', '2026-01-02')).toBe(
      'Samarbejdsaftale - AS Hjælp nu - Café 2 - 2026-01-02.docx',
    );
  });
});
