/** The closed vocabularies of the register. Codes are ASCII so they survive CLI, CSV and SQL unchanged. */

export const VOLUNTEER_TYPES = ['folkeoplysende', 'humanitaer', 'faellesskab', 'enkeltperson'] as const;
export type VolunteerType = (typeof VOLUNTEER_TYPES)[number];

export const INVOLVEMENT_LEVELS = ['lav', 'mellem', 'hoej'] as const;
export type Involvement = (typeof INVOLVEMENT_LEVELS)[number];

export const PARTNERSHIP_STATUSES = ['ide', 'i_dialog', 'aktiv', 'paa_pause', 'afsluttet'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const AGREEMENT_KINDS = ['ingen', 'samarbejdsaftale', 'partnerskabsaftale'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const FUNDING_SOURCES = [
  'paragraf18',
  'paragraf79',
  'samskabelsespulje',
  'centrets_budget',
  'fond',
  'andet',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The configurable lists the consultant maintains in Indstillinger (segments: the følgegruppe's composition). */
export const LOOKUP_LISTS = ['units', 'welfareAreas', 'strategyGoals', 'segments'] as const;
export type LookupList = (typeof LOOKUP_LISTS)[number];
