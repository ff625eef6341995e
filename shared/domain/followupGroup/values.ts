/** The følgegruppe's closed vocabularies (DOMAIN.md §3–§4). Codes are ASCII; labels are what the consultant reads. */

export const SEAT_KINDS = ['fast', 'valgt', 'kommunal'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const SEAT_KIND_LABELS: Record<SeatKind, string> = {
  fast: 'Fast plads',
  valgt: 'Valgt på Nytårskuren',
  kommunal: 'Kommunal',
};

/** (O) orientering, (D) drøftelse, (B) beslutning: the marks every agenda item carries. */
export const AGENDA_ITEM_KINDS = ['O', 'D', 'B'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = {
  O: 'Orientering',
  D: 'Drøftelse',
  B: 'Beslutning',
};

/**
 * Items Samspil puts on every agenda itself. The first two stay at the top and the last two at
 * the bottom whatever order the consultant drags the others into; `portefoelje` is the portfolio
 * pack, placed among the ordinary items.
 */
export const STANDING_ITEMS = [
  'godkendelse',
  'opfoelgning',
  'eventuelt',
  'naeste_moede',
  'portefoelje',
] as const;
export type StandingItem = (typeof STANDING_ITEMS)[number];

export const MEETING_MARKS = ['socialudvalget', 'netvaerk'] as const;
export type MeetingMark = (typeof MEETING_MARKS)[number];

export const MEETING_MARK_LABELS: Record<MeetingMark, string> = {
  socialudvalget: 'med Socialudvalget',
  netvaerk: 'med Netværk for Fællesskab',
};

export const ATTENDANCE_STATUSES = ['til_stede', 'afbud'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  til_stede: 'Til stede',
  afbud: 'Afbud',
};

export const ACTION_STATUSES = ['open', 'closed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Åben',
  closed: 'Lukket',
};

/** planlagt: ahead or today; afholdt: in the past; godkendt: minutes approved (and locked). */
export const MEETING_STATES = ['planlagt', 'afholdt', 'godkendt'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_STATE_LABELS: Record<MeetingState, string> = {
  planlagt: 'Planlagt',
  afholdt: 'Afholdt',
  godkendt: 'Referat godkendt',
};

export const DEFAULT_GROUP_NAME = 'Følgegruppen';

/** The group meets four times a year (Faaborg-Midtfyn's kommissorium). */
export const MEETINGS_PER_YEAR = 4;

export const FOLLOWUP_WARNING_CODES = [
  'segment_uden_medlem',
  'valgperiode_udloebet',
  'valgperiode_udloeber_snart',
  'faerre_end_fire_moeder',
  'mangler_socialudvalget',
  'mangler_netvaerk',
] as const;
export type FollowupWarningCode = (typeof FOLLOWUP_WARNING_CODES)[number];
