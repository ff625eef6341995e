/** The closed vocabularies of the register. Codes are ASCII so they survive CLI, CSV and SQL unchanged. */

export const VOLUNTEER_TYPES = ['folkeoplysende', 'humanitaer', 'faellesskab', 'enkeltperson'] as const;
export type VolunteerType = (typeof VOLUNTEER_TYPES)[number];

export const INVOLVEMENT_LEVELS = ['lav', 'mellem', 'hoej'] as const;
export type Involvement = (typeof INVOLVEMENT_LEVELS)[number];

export const PARTNERSHIP_STATUSES = ['ide', 'i_dialog', 'aktiv', 'paa_pause', 'afsluttet'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
