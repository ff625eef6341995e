import type { MatrixColumn, Quadrant } from './quadrant';
import type {
  AgreementKind,
  FundingSource,
  Involvement,
  LookupList,
  PartnershipStatus,
  VolunteerType,
} from './values';

export const VOLUNTEER_TYPE_LABELS: Record<VolunteerType, string> = {
  folkeoplysende: 'Folkeoplysende forening',
  humanitaer: 'Humanitær forening',
  faellesskab: 'Fællesskab',
  enkeltperson: 'Enkeltperson',
};

export const VOLUNTEER_TYPE_HINTS: Record<VolunteerType, string> = {
  folkeoplysende: 'Kultur, idræt, spejder',
  humanitaer: 'Socialt udsatte, ensomme, flygtninge, handicap, sygdom',
  faellesskab: 'Uformel gruppe, fx et lokalt netværk',
  enkeltperson: 'En enkelt frivillig',
};

export const INVOLVEMENT_LABELS: Record<Involvement, string> = {
  lav: 'Lav',
  mellem: 'Mellem',
  hoej: 'Høj',
};

export const STATUS_LABELS: Record<PartnershipStatus, string> = {
  ide: 'Idé',
  i_dialog: 'I dialog',
  aktiv: 'Aktiv',
  paa_pause: 'På pause',
  afsluttet: 'Afsluttet',
};

export const MATRIX_COLUMN_LABELS: Record<MatrixColumn, string> = {
  foreninger: 'Foreninger',
  faellesskaber: 'Fællesskaber og enkeltpersoner',
};

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  1: 'Foreninger – høj/mellem involvering',
  2: 'Fællesskaber og enkeltpersoner – høj/mellem involvering',
  3: 'Foreninger – lav involvering',
  4: 'Fællesskaber og enkeltpersoner – lav involvering',
};

/** What the consultant should expect in each quadrant (Furesø model, seed 002). */
export const QUADRANT_GUIDANCE: Record<Quadrant, readonly string[]> = {
  1: [
    'Kræver personaleressourcer og ofte et budget, fx til lønnede instruktører.',
    'Kommunen kan påvirke forløbet.',
    'Løbende registrering og evaluering kan forventes.',
    'Nogle gange en partnerskabsaftale, fx med medarbejdertimer eller hjælp til fondsansøgninger.',
  ],
  2: [
    'Kræver mange personaleressourcer til planlægning og drift.',
    'Sjældent et særskilt budget – de frivillige er ulønnede.',
    'Påvirkning, registrering og evaluering er mulig.',
    'Ofte lokalt forankret (geografisk nærhed).',
  ],
  3: [
    'Oftest store organisationer med egen frivilligstruktur (fx Røde Kors, Ældre Sagen).',
    'Kræver få personaleressourcer.',
    'Der kan forventes lidt påvirkning, registrering og evaluering.',
  ],
  4: [
    'Kræver et budget, fx puljemidler; mest aktiviteter, kommunen henviser til.',
    'Kræver få personaleressourcer.',
    'Der kan forventes lidt registrering, evaluering og påvirkning.',
    'Ofte lokalt forankret.',
  ],
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  ingen: 'Ingen / mundtlig',
  samarbejdsaftale: 'Samarbejdsaftale',
  partnerskabsaftale: 'Partnerskabsaftale',
};

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  paragraf18: '§18-midler',
  paragraf79: '§79-midler',
  samskabelsespulje: 'Samskabelsespulje',
  centrets_budget: 'Centrets budget',
  fond: 'Fond',
  andet: 'Andet',
};

export const LOOKUP_LIST_LABELS: Record<LookupList, { plural: string; singular: string }> = {
  units: { plural: 'Enheder', singular: 'Enhed' },
  welfareAreas: { plural: 'Velfærdsområder', singular: 'Velfærdsområde' },
  strategyGoals: { plural: 'Strategimål', singular: 'Strategimål' },
  segments: { plural: 'Følgegruppens segmenter', singular: 'Segment' },
};
