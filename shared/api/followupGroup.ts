import { z } from 'zod';
import {
  ACTION_STATUSES,
  AGENDA_ITEM_KINDS,
  ATTENDANCE_STATUSES,
  FOLLOWUP_WARNING_CODES,
  MEETING_MARKS,
  MEETING_STATES,
  SEAT_KINDS,
  STANDING_ITEMS,
} from '../domain/followupGroup/values';
import {
  allowedValues,
  emailText,
  id,
  optionalDate,
  phoneText,
  requiredDate,
  requiredText,
  text,
} from './fields';

/*
 * The følgegruppe (issue 6): members, meetings with agendas and minutes, action items.
 *
 * Members are persons (one row per person, shared with the partnerships' contact persons): every
 * place a member appears (chair, referent, attendance, presenter, responsible) refers to them by
 * `personId`. Where someone outside the group is meant (a guest presenter, "Alle"), the free-text
 * twin (`presenter`, `responsible`) is used and the id is null. Outputs always carry the display
 * name in the text field, whichever was used.
 *
 * Mutations of a meeting and its agenda return the whole meeting, so a view can show the result
 * of its own change without a second call. A meeting whose minutes are approved is locked: every
 * change to it, its items, attendance and the action items raised at it fails with `conflict` and
 * a Danish message until `meetings.reopen` (which is written to the audit log).
 */

/** The app writes times as «kl. 15.00»; both that and 15:00 are read, and stored as 15:00. */
/** The app writes times as «kl. 15.00»; both that and 15:00 are read, and stored as 15:00. */
const clockTime = z
  .string()
  .trim()
  .regex(/^$|^([01]?\d|2[0-3])[.:][0-5]\d$/, 'Skriv klokkeslættet som TT.MM, fx 16.00.')
  .transform((value) => (value === '' ? '' : value.replace('.', ':').padStart(5, '0')));

/** A reference that may be empty: a person, a segment, an agenda item. */
const optionalId = id.nullable().default(null);

// ---------- The group and its members ----------

export const warningSchema = z.object({
  code: z.enum(FOLLOWUP_WARNING_CODES),
  /** Danish, for the consultant: what is wrong and what to do. */
  message: z.string(),
  memberId: id.nullable(),
  segmentId: id.nullable(),
});
export type FollowupWarning = z.output<typeof warningSchema>;

export const memberFieldsSchema = z
  .object({
    name: requiredText(200, 'Skriv medlemmets navn.'),
    email: emailText.default(''),
    phone: phoneText.default(''),
    /** The organisation they sit for (found or created by name); '' for none, e.g. a municipal seat. */
    organisation: text(200).default(''),
    /** Their role, e.g. "Frivilligkonsulent" or "Leder af Det Mobile Sundhedscenter". */
    role: text(200).default(''),
    seatKind: z.enum(SEAT_KINDS, {
      error: () => `Vælg pladsens art. Tilladte værdier: ${allowedValues(SEAT_KINDS)}.`,
    }),
    /** An item of the configurable list `segments` (lists.all → segments). */
    segmentId: optionalId,
    electedAt: optionalDate,
    termEnd: optionalDate,
    notes: text(5000).default(''),
  })
  .strict()
  .refine((m) => !m.electedAt || !m.termEnd || m.termEnd >= m.electedAt, {
    path: ['termEnd'],
    message: 'Valgperioden slutter før valgdatoen. Ret en af dem.',
  });
export type MemberFields = z.output<typeof memberFieldsSchema>;
export type MemberFieldsInput = z.input<typeof memberFieldsSchema>;

export const memberSchema = z.object({
  id,
  personId: id,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  organisationId: id.nullable(),
  organisation: z.string(),
  role: z.string(),
  seatKind: z.enum(SEAT_KINDS),
  segmentId: id.nullable(),
  segmentName: z.string().nullable(),
  electedAt: z.string().nullable(),
  termEnd: z.string().nullable(),
  /** The elected term has run out (termEnd before today). */
  termExpired: z.boolean(),
  notes: z.string(),
});
export type Member = z.output<typeof memberSchema>;

export const groupSchema = z.object({
  name: z.string(),
  /** Kommissorium: the group's terms of reference, edited by the consultant. */
  charter: z.string(),
  /** Sagsnummer for the group's agendas and minutes in the records system (free text). */
  caseNumber: z.string(),
  members: z.array(memberSchema),
  /** Segments without a member, terms run out or about to; empty when all is well. */
  warnings: z.array(warningSchema),
});
export type FollowupGroup = z.output<typeof groupSchema>;

export const updateGroupSchema = z
  .object({
    name: requiredText(200, 'Skriv gruppens navn, fx Følgegruppen.').optional(),
    charter: text(50_000).optional(),
    caseNumber: text(100).optional(),
  })
  .strict();

export const addMemberSchema = memberFieldsSchema;
export const updateMemberSchema = z.object({ id, fields: memberFieldsSchema }).strict();

// ---------- Action items ----------

export const actionItemSchema = z.object({
  id,
  text: z.string(),
  responsiblePersonId: id.nullable(),
  /** The responsible person's name, or the free text when no person is chosen; '' for none. */
  responsible: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  /** The meeting where it was raised. */
  meetingId: id,
  meetingDate: z.string(),
  agendaItemId: id.nullable(),
  closedAt: z.string().nullable(),
  closedAtMeetingId: id.nullable(),
  closedAtMeetingDate: z.string().nullable(),
  /** Open and past its deadline today. */
  overdue: z.boolean(),
});
export type ActionItem = z.output<typeof actionItemSchema>;

export const actionFieldsSchema = z
  .object({
    text: requiredText(2000, 'Skriv hvad der skal gøres.'),
    responsiblePersonId: optionalId,
    /** Free text when the responsible is not a member, e.g. "Alle" or "Sekretariatet". */
    responsible: text(200).default(''),
    deadline: optionalDate,
  })
  .strict();
export type ActionFields = z.output<typeof actionFieldsSchema>;

export const addActionSchema = z
  .object({ meetingId: id, agendaItemId: id.nullable().default(null), fields: actionFieldsSchema })
  .strict();
export const updateActionSchema = z.object({ id, fields: actionFieldsSchema }).strict();
export const closeActionSchema = z
  .object({
    id,
    /** The meeting where it was closed; null when closed between meetings (e.g. from Overblik). */
    meetingId: id.nullable().default(null),
    /** Defaults to the meeting's date, or today without a meeting. */
    date: optionalDate,
  })
  .strict();
export const listActionsSchema = z
  .object({ status: z.enum(ACTION_STATUSES).optional() })
  .strict()
  .optional();

// ---------- Meetings and agenda items ----------

export const meetingFieldsSchema = z
  .object({
    date: requiredDate,
    startTime: clockTime.default(''),
    endTime: clockTime.default(''),
    place: text(300).default(''),
    chairPersonId: optionalId,
    referentPersonId: optionalId,
    /** Guests, one per line (names and who they are), e.g. "Formand for Socialudvalget". */
    guests: text(2000).default(''),
    marks: z.array(z.enum(MEETING_MARKS)).max(MEETING_MARKS.length).default([]),
  })
  .strict()
  .refine((m) => !m.startTime || !m.endTime || m.endTime > m.startTime, {
    path: ['endTime'],
    message: 'Mødet slutter før det begynder. Ret start- eller sluttidspunktet.',
  });
export type MeetingFields = z.output<typeof meetingFieldsSchema>;
export type MeetingFieldsInput = z.input<typeof meetingFieldsSchema>;

const partnershipRefSchema = z.object({ id, title: z.string(), partner: z.string() });

/** What the portfolio pack found, frozen when it was added so the minutes keep showing it. */
export const portfolioPackSchema = z.object({
  /** The previous meeting's date, or null when there is none (then: the last 90 days). */
  since: z.string(),
  asOf: z.string(),
  new: z.array(partnershipRefSchema),
  ended: z.array(partnershipRefSchema),
  expiring: z.array(partnershipRefSchema.extend({ endDate: z.string() })),
  moved: z.array(
    partnershipRefSchema.extend({
      fromQuadrant: z.number().int().min(1).max(4),
      toQuadrant: z.number().int().min(1).max(4),
    }),
  ),
  /** Active partnerships per quadrant 1–4 at `asOf`: the table Word shows in place of the matrix picture. */
  quadrantCounts: z.array(z.number().int()).length(4),
});
export type PortfolioPack = z.output<typeof portfolioPackSchema>;

export const agendaItemSchema = z.object({
  id,
  meetingId: id,
  /** 1-based number on the agenda. */
  number: z.number().int(),
  standing: z.enum(STANDING_ITEMS).nullable(),
  title: z.string(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  presenterPersonId: id.nullable(),
  presenter: z.string(),
  background: z.string(),
  notes: z.string(),
  conclusion: z.string(),
  decision: z.string(),
  partnerships: z.array(partnershipRefSchema),
  strategyGoalIds: z.array(id),
  portfolio: portfolioPackSchema.nullable(),
});
export type AgendaItem = z.output<typeof agendaItemSchema>;

export const agendaItemFieldsSchema = z
  .object({
    title: requiredText(300, 'Skriv punktets overskrift.'),
    kind: z.enum(AGENDA_ITEM_KINDS, {
      error: () => 'Vælg (O) orientering, (D) drøftelse eller (B) beslutning.',
    }),
    presenterPersonId: optionalId,
    presenter: text(200).default(''),
    background: text(20_000).default(''),
    notes: text(20_000).default(''),
    conclusion: text(20_000).default(''),
    decision: text(20_000).default(''),
    partnershipIds: z.array(id).max(500).default([]),
    strategyGoalIds: z.array(id).max(100).default([]),
  })
  .strict();
export type AgendaItemFields = z.output<typeof agendaItemFieldsSchema>;
export type AgendaItemFieldsInput = z.input<typeof agendaItemFieldsSchema>;

export const attendanceSchema = z.object({
  personId: id,
  name: z.string(),
  organisation: z.string(),
  /** null: not recorded yet. */
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
});

export const meetingSummarySchema = z.object({
  id,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  marks: z.array(z.enum(MEETING_MARKS)),
  state: z.enum(MEETING_STATES),
  minutesApprovedAt: z.string().nullable(),
});
export type MeetingSummary = z.output<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  chairPersonId: id.nullable(),
  chair: z.string(),
  referentPersonId: id.nullable(),
  referent: z.string(),
  guests: z.string(),
  /** Approved minutes: nothing about the meeting can change until it is reopened. */
  locked: z.boolean(),
  items: z.array(agendaItemSchema),
  /** Every current member, plus anyone recorded at this meeting who has left since. */
  attendance: z.array(attendanceSchema),
  /** Action items raised at this meeting. */
  actions: z.array(actionItemSchema),
  /**
   * Item 2: action items from earlier meetings that were still open when this meeting began
   * (open now, or closed at this meeting or later).
   */
  carriedForward: z.array(actionItemSchema),
  previousMeeting: z.object({ id, date: z.string() }).nullable(),
  nextMeeting: z.object({ id, date: z.string() }).nullable(),
});
export type Meeting = z.output<typeof meetingSchema>;

export const updateMeetingSchema = z.object({ id, fields: meetingFieldsSchema }).strict();

export const yearSchema = z
  .object({
    year: z
      .number({ error: 'Skriv et årstal.' })
      .int('Skriv et årstal.')
      .min(2000, 'Vælg et år fra 2000.')
      .max(2100, 'Vælg et år før 2100.'),
  })
  .strict();

export const yearPlanSchema = z.object({
  year: z.number().int(),
  meetings: z.array(meetingSummarySchema),
  /** Fewer than four meetings, none with Socialudvalget or Netværk for Fællesskab. */
  warnings: z.array(warningSchema),
});
export type YearPlan = z.output<typeof yearPlanSchema>;

export const setAttendanceSchema = z
  .object({ meetingId: id, personId: id, status: z.enum(ATTENDANCE_STATUSES).nullable() })
  .strict();

export const approveMinutesSchema = z.object({ id, date: requiredDate }).strict();
export const reopenMeetingSchema = z
  .object({ id, reason: requiredText(2000, 'Skriv kort, hvorfor referatet genåbnes. Det gemmes i loggen.') })
  .strict();

export const meetingIdSchema = z.object({ meetingId: id }).strict();
export const addAgendaItemSchema = z.object({ meetingId: id, fields: agendaItemFieldsSchema }).strict();
export const updateAgendaItemSchema = z.object({ id, fields: agendaItemFieldsSchema }).strict();
export const reorderAgendaSchema = z
  .object({
    meetingId: id,
    /** Every item of the meeting in the wanted order; standing items keep their places regardless. */
    itemIds: z.array(id).max(500),
  })
  .strict();
