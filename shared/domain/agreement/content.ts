import { formatDateLong, formatMoney, formatNumber } from '../format';
import { INVOLVEMENT_CRITERIA } from '../involvement';
import {
  FUNDING_SOURCE_LABELS,
  INVOLVEMENT_LABELS,
  QUADRANT_GUIDANCE,
  QUADRANT_LABELS,
  VOLUNTEER_TYPE_LABELS,
} from '../labels';
import type { Quadrant } from '../quadrant';
import type { AgreementKind, FundingSource, Involvement, VolunteerType } from '../values';
import type { ClauseKey } from './clauses';
import { safeFileNamePart } from '../fileName';

/** What an agreement is drawn from: the partnership and the municipality's settings. */
export interface AgreementSource {
  title: string;
  partner: string;
  volunteerType: VolunteerType;
  involvement: Involvement;
  involvementCriteria: readonly string[];
  quadrant: Quadrant;
  agreementKind: AgreementKind;
  unitName: string | null;
  targetGroup: string;
  purpose: string;
  activities: string;
  startDate: string | null;
  endDate: string | null;
  renewalDate: string | null;
  amount: number | null;
  fundingSource: FundingSource | null;
  staffHoursPerMonth: number | null;
  expectedEvaluation: string;
  childrenUnder15: boolean;
  fixedAttachment: boolean;
  /** Chosen on the record when volunteers get access to homes or belongings (DOMAIN.md §3). */
  criminalRecordCheck: boolean;
  /** The mutual obligations of a partnerskabsaftale. */
  municipalObligations: string;
  partnerObligations: string;
  partnerContact: { name: string; email: string; phone: string } | null;
  municipalContact: { name: string; email: string; phone: string } | null;
}

export interface AgreementSettings {
  municipalityName: string;
  municipalityAddress: string;
  clauses: Record<ClauseKey, string>;
}

export type AgreementShape = 'kort' | 'fuld' | 'partnerskab';

export type AgreementBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'fields'; rows: [label: string, value: string][] };

export interface AgreementSection {
  heading: string;
  blocks: AgreementBlock[];
}

export interface AgreementContent {
  shape: AgreementShape;
  documentTitle: string;
  title: string;
  metadata: [label: string, value: string][];
  sections: AgreementSection[];
  signatures: { party: string; person: string }[];
  /** What the record lacks; each appears in the text as an explicit placeholder. */
  missing: string[];
  fileName: string;
}

/** The matrix chooses the shape: lav gets a short dialogue agreement, a partnerskabsaftale the mutual obligations. */
export function agreementShape(
  source: Pick<AgreementSource, 'involvement' | 'agreementKind'>,
): AgreementShape {
  if (source.agreementKind === 'partnerskabsaftale') return 'partnerskab';
  return source.involvement === 'lav' ? 'kort' : 'fuld';
}

const DOCUMENT_TITLES: Record<AgreementShape, string> = {
  kort: 'Samarbejdsaftale om dialog og videndeling',
  fuld: 'Samarbejdsaftale',
  partnerskab: 'Partnerskabsaftale',
};

/** `Samarbejdsaftale - Ældre Sagen - Demenscafé - 2026-11-24.docx`, safe on every file system. */
export function agreementFileName(
  shape: AgreementShape,
  partner: string,
  title: string,
  date: string,
): string {
  const kind = shape === 'partnerskab' ? 'Partnerskabsaftale' : 'Samarbejdsaftale';
  return `${kind} - ${safeFileNamePart(partner)} - ${safeFileNamePart(title)} - ${date}.docx`;
}

/**
 * The full text of the agreement, section by section. Pure, so the Word builder only draws it
 * and tests can read every sentence without opening a document.
 */
export function agreementContent(
  source: AgreementSource,
  settings: AgreementSettings,
  today: string,
  /** The document's version: one more than the agreements exported for the record before. */
  version = 1,
): AgreementContent {
  const missing: string[] = [];
  const need = (value: string | null | undefined, label: string): string => {
    if (value && value.trim()) return value.trim();
    missing.push(label);
    return `[Udfyld: ${label}]`;
  };
  const shape = agreementShape(source);
  const municipality = need(settings.municipalityName, 'kommunens navn (Indstillinger)');
  const partnerPerson = need(source.partnerContact?.name, 'partnerens kontaktperson');
  const municipalPerson = need(source.municipalContact?.name, 'kommunal kontaktperson');
  const contactLine = (c: AgreementSource['partnerContact']) =>
    [c?.email, c?.phone].filter(Boolean).join(', ');

  const parties: AgreementSection = {
    heading: 'Parter og kontaktpersoner',
    blocks: [
      {
        kind: 'fields',
        rows: [
          ['Kommunen', [municipality, source.unitName].filter(Boolean).join(', ')],
          [
            'Kommunal kontaktperson',
            [municipalPerson, contactLine(source.municipalContact)].filter(Boolean).join(' – '),
          ],
          ['Partner', source.partner],
          [
            'Partnerens kontaktperson',
            [partnerPerson, contactLine(source.partnerContact)].filter(Boolean).join(' – '),
          ],
        ],
      },
    ],
  };
  const purpose: AgreementSection = {
    heading: shape === 'kort' ? 'Formål' : 'Baggrund og formål',
    blocks: [{ kind: 'paragraph', text: need(source.purpose, 'formål') }],
  };
  const criteria = INVOLVEMENT_CRITERIA.filter((c) => source.involvementCriteria.includes(c.code)).map(
    (c) => c.label,
  );
  const character: AgreementSection = {
    heading: 'Samarbejdets karakter',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Partneren er en ${VOLUNTEER_TYPE_LABELS[source.volunteerType].toLowerCase()}, og kommunens involvering er ` +
          `${INVOLVEMENT_LABELS[source.involvement].toLowerCase()}. Samarbejdet hører dermed til kvadrant ${source.quadrant}: ` +
          `${QUADRANT_LABELS[source.quadrant].toLowerCase()}.` +
          (shape === 'kort'
            ? ' Samarbejdet består i dialog og videndeling; partneren driver selv aktiviteten.'
            : ''),
      },
      ...(criteria.length > 0 ? [{ kind: 'bullets' as const, items: criteria }] : []),
    ],
  };
  const activities: AgreementSection = {
    heading: 'Aktiviteter',
    blocks: [{ kind: 'paragraph', text: need(source.activities, 'aktiviteter (hvad, hvornår og hvor)') }],
  };
  const period = `Aftalen gælder fra ${source.startDate ? formatDateLong(source.startDate) : need(null, 'startdato')}${
    shape === 'kort' && !source.endDate
      ? ' og løber, til den opsiges'
      : ` til ${source.endDate ? formatDateLong(source.endDate) : need(null, 'slutdato')}`
  }.`;
  const term: AgreementSection = {
    heading: shape === 'kort' ? 'Varighed og opsigelse' : 'Varighed, fornyelse og opsigelse',
    blocks: [
      { kind: 'paragraph', text: period },
      ...(source.renewalDate
        ? [
            {
              kind: 'paragraph' as const,
              text: `Parterne tager stilling til fornyelse senest ${formatDateLong(source.renewalDate)}.`,
            },
          ]
        : []),
      { kind: 'paragraph', text: settings.clauses.opsigelse },
    ],
  };
  const confidentiality: AgreementSection = {
    heading: 'Tavshedspligt og underretningspligt',
    blocks: [
      { kind: 'paragraph', text: settings.clauses.tavshedspligt },
      { kind: 'paragraph', text: settings.clauses.underretningspligt },
    ],
  };
  // §18 partners obtain the certificates themselves; otherwise the municipality does (DOMAIN.md §3).
  const obtainer = source.fundingSource === 'paragraf18' ? source.partner : municipality;
  const beforeStart = `før de frivillige begynder${
    source.startDate ? `, dvs. senest ${formatDateLong(source.startDate)}` : ''
  }`;
  const childCertificate = source.childrenUnder15 && source.fixedAttachment;
  const certificates: AgreementBlock[] = [
    ...(childCertificate
      ? [
          { kind: 'paragraph' as const, text: settings.clauses.boerneattest },
          {
            kind: 'paragraph' as const,
            text: `Børneattesten skal foreligge, ${beforeStart}. ${obtainer} indhenter attesterne.`,
          },
        ]
      : []),
    ...(source.criminalRecordCheck
      ? [
          { kind: 'paragraph' as const, text: settings.clauses.straffeattest },
          {
            kind: 'paragraph' as const,
            text: `Straffeattesten skal være set, ${beforeStart}. ${obtainer} sørger for det.`,
          },
        ]
      : []),
  ];
  const childSafety: AgreementSection[] =
    certificates.length > 0
      ? [
          {
            heading:
              childCertificate && source.criminalRecordCheck
                ? 'Børneattest og straffeattest'
                : childCertificate
                  ? 'Børneattest'
                  : 'Straffeattest',
            blocks: certificates,
          },
        ]
      : [];
  const signatures = [
    { party: `For ${municipality}`, person: municipalPerson },
    { party: `For ${source.partner}`, person: partnerPerson },
  ];

  const sections: AgreementSection[] =
    shape === 'kort'
      ? [
          parties,
          purpose,
          character,
          activities,
          {
            heading: 'Dialog og videndeling',
            blocks: [
              {
                kind: 'paragraph',
                text: `Kontaktpersonerne orienterer hinanden om aktiviteten og om borgere, der kan have glæde af den, og mødes mindst én gang om året for at dele viden og erfaringer. ${source.partner} har ansvaret for sine frivillige.`,
              },
            ],
          },
          confidentiality,
          ...childSafety,
          term,
        ]
      : [
          parties,
          purpose,
          {
            heading: 'Målgruppe',
            blocks: [{ kind: 'paragraph', text: need(source.targetGroup, 'målgruppe') }],
          },
          character,
          activities,
          {
            heading: 'Roller, ansvar og opgavefordeling',
            blocks: [
              {
                kind: 'paragraph',
                text: `${source.partner} har ansvaret for de frivillige og for at drive aktiviteten. ${municipality} ${
                  source.involvement === 'hoej'
                    ? 'deltager med medarbejdere i driften og har en fast kontaktperson, der koordinerer samarbejdet.'
                    : 'har en fast kontaktperson, der koordinerer, booker lokaler og støtter kommunikationen.'
                }`,
              },
              {
                kind: 'paragraph',
                text: 'De frivillige overtager ikke opgaver, som kommunen har ansvaret for efter lovgivningen, og løser kun opgaver, der ikke kræver visitation eller registrering.',
              },
            ],
          },
          ...(shape === 'partnerskab'
            ? [
                {
                  heading: 'Gensidige forpligtelser',
                  blocks: [
                    {
                      kind: 'fields' as const,
                      rows: [
                        [
                          `${municipality} forpligter sig til`,
                          need(source.municipalObligations, 'kommunens forpligtelser'),
                        ],
                        [
                          `${source.partner} forpligter sig til`,
                          need(source.partnerObligations, 'partnerens forpligtelser'),
                        ],
                      ] as [string, string][],
                    },
                  ],
                },
              ]
            : []),
          {
            heading: 'Økonomi og ressourcer',
            blocks: [
              {
                kind: 'paragraph',
                text:
                  source.amount !== null
                    ? `Kommunen støtter samarbejdet med ${formatMoney(source.amount)}${
                        source.fundingSource ? ` (${FUNDING_SOURCE_LABELS[source.fundingSource]})` : ''
                      }.`
                    : 'Der er ikke aftalt økonomisk støtte.',
              },
              ...(source.staffHoursPerMonth !== null
                ? [
                    {
                      kind: 'paragraph' as const,
                      text: `Kommunen afsætter ca. ${formatNumber(source.staffHoursPerMonth)} medarbejdertimer om måneden.`,
                    },
                  ]
                : []),
            ],
          },
          confidentiality,
          ...childSafety,
          { heading: 'Forsikring', blocks: [{ kind: 'paragraph', text: settings.clauses.forsikring }] },
          {
            heading: 'Kommunikation og dialogmøder',
            blocks: [
              {
                kind: 'paragraph',
                text: 'Kontaktpersonerne holder løbende kontakt og mødes mindst to gange om året til et dialogmøde om samarbejdet, aktiviteterne og de frivilliges trivsel.',
              },
            ],
          },
          {
            heading: 'Evaluering og opfølgning',
            blocks: [
              {
                kind: 'paragraph',
                text: source.expectedEvaluation.trim() || 'Det kan forventes i dette samarbejde:',
              },
              ...(source.expectedEvaluation.trim()
                ? []
                : [{ kind: 'bullets' as const, items: [...QUADRANT_GUIDANCE[source.quadrant]] }]),
            ],
          },
          term,
          { heading: 'Uenighed', blocks: [{ kind: 'paragraph', text: settings.clauses.uenighed }] },
        ];

  return {
    shape,
    documentTitle: DOCUMENT_TITLES[shape],
    title: source.title,
    metadata: [
      ['Sagsnummer', '[Udfyld: sagsnummer]'],
      ['Dokumentdato', formatDateLong(today)],
      ['KLE', '27.15.12 Frivilligt socialt arbejde'],
      ['Version', String(version)],
    ],
    sections,
    signatures,
    missing,
    fileName: agreementFileName(shape, source.partner, source.title, today),
  };
}
