import { safeFileNamePart } from '../fileName';
import { formatDateLong, formatDateShort } from '../format';
import type { PortfolioPackContent } from './portfolioPack';
import { isBefore } from './rollForward';
import {
  ACTION_STATUS_LABELS,
  AGENDA_ITEM_KIND_LABELS,
  MEETING_MARK_LABELS,
  type ActionStatus,
  type AgendaItemKind,
  type AttendanceStatus,
  type MeetingMark,
  type StandingItem,
} from './values';

export type MeetingDocumentKind = 'dagsorden' | 'referat';

export interface DocumentAction {
  id: number;
  text: string;
  responsible: string;
  deadline: string | null;
  status: ActionStatus;
  meetingId: number;
  meetingDate: string;
  agendaItemId: number | null;
  closedAt: string | null;
  closedAtMeetingId: number | null;
}

/** The meeting as the API returns it; only what the documents print. */
export interface DocumentMeeting {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  chair: string;
  referent: string;
  guests: string;
  marks: readonly MeetingMark[];
  minutesApprovedAt: string | null;
  items: readonly {
    id: number;
    number: number;
    standing: StandingItem | null;
    title: string;
    kind: AgendaItemKind;
    presenter: string;
    background: string;
    notes: string;
    conclusion: string;
    decision: string;
    partnerships: readonly { title: string; partner: string }[];
    strategyGoalIds: readonly number[];
    portfolio: PortfolioPackContent | null;
  }[];
  attendance: readonly { name: string; organisation: string; status: AttendanceStatus | null }[];
  actions: readonly DocumentAction[];
  carriedForward: readonly DocumentAction[];
}

export interface DocumentContext {
  groupName: string;
  caseNumber: string;
  /** The day the document is written (ISO). */
  documentDate: string;
  nextMeeting: { date: string; startTime: string; endTime: string; place: string } | null;
  strategyGoalNames: ReadonlyMap<number, string>;
}

export interface ActionRow {
  text: string;
  responsible: string;
  deadline: string;
  status: string;
  raisedAt: string;
}

export interface DocumentItem {
  number: number;
  /** Title with its mark, e.g. `Godkendelse af dagsorden (B)`. */
  heading: string;
  kindLabel: string;
  fields: [string, string][];
  /** Action items raised under this item (the referat's "ansvarlig og frist"). */
  actions: ActionRow[];
  /** Item 2: the action items rolled forward from earlier meetings. */
  carried: ActionRow[] | null;
  portfolio: PortfolioPackContent | null;
}

export interface MeetingDocumentContent {
  kind: MeetingDocumentKind;
  documentTitle: string;
  title: string;
  header: [string, string][];
  metadata: [string, string][];
  items: DocumentItem[];
  /** Handlingsliste: every action item open after the meeting (before it, for the agenda). */
  actionList: ActionRow[];
  nextMeeting: string;
  fileName: string;
}

export const KLE_FOLLOWUP_GROUP = '27.15.12 Frivilligt socialt arbejde';

/** `Referat - Følgegruppen - 2026-03-12.docx` */
export function meetingFileName(kind: MeetingDocumentKind, groupName: string, date: string): string {
  const what = kind === 'dagsorden' ? 'Dagsorden' : 'Referat';
  return `${what} - ${safeFileNamePart(groupName) || 'Følgegruppen'} - ${date}.docx`;
}

/** `15.00–17.00` in the Danish way; one end alone when only one is known. */
export function formatTimes(start: string, end: string): string {
  const t = (v: string) => v.replace(':', '.');
  if (start && end) return `kl. ${t(start)}–${t(end)}`;
  if (start) return `kl. ${t(start)}`;
  return end ? `til kl. ${t(end)}` : '';
}

/** Whether the item was closed when the meeting ended: a later closing does not rewrite old minutes. */
export function statusAt(action: DocumentAction, meeting: { id: number; date: string }): ActionStatus {
  if (action.status === 'open' || action.closedAt === null) return 'open';
  if (action.closedAtMeetingId === meeting.id) return 'closed';
  if (action.closedAtMeetingId !== null) return 'open';
  return action.closedAt <= meeting.date ? 'closed' : 'open';
}

function describeNext(next: DocumentContext['nextMeeting']): string {
  if (!next) return 'Endnu ikke planlagt.';
  return [formatDateLong(next.date), formatTimes(next.startTime, next.endTime), next.place]
    .filter(Boolean)
    .join(', ');
}

const names = (people: readonly { name: string; organisation: string }[]) =>
  people.map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name)).join(', ');

/**
 * The agenda (before) or the minutes (after) of one meeting, as text. Pure, so the Word builder
 * only draws it and tests can read every line without opening a document.
 */
export function meetingDocumentContent(
  meeting: DocumentMeeting,
  kind: MeetingDocumentKind,
  context: DocumentContext,
): MeetingDocumentContent {
  const minutes = kind === 'referat';
  const row = (a: DocumentAction): ActionRow => ({
    text: a.text,
    responsible: a.responsible,
    deadline: a.deadline ? formatDateShort(a.deadline) : '',
    status: ACTION_STATUS_LABELS[minutes ? statusAt(a, meeting) : 'open'],
    raisedAt: formatDateShort(a.meetingDate),
  });
  const present = meeting.attendance.filter((p) => p.status === 'til_stede');
  const absent = meeting.attendance.filter((p) => p.status === 'afbud');
  const invited = meeting.attendance.filter((p) => p.status !== 'afbud');
  const header: [string, string][] = [
    ['Dato', formatDateLong(meeting.date)],
    ['Tidspunkt', formatTimes(meeting.startTime, meeting.endTime)],
    ['Sted', meeting.place],
    ['Mødeleder', meeting.chair],
    ['Referent', meeting.referent],
    ...(minutes
      ? ([['Til stede', names(present)]] as [string, string][])
      : ([['Deltagere', names(invited)]] as [string, string][])),
    ['Afbud', names(absent)],
    [
      'Gæster',
      meeting.guests
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean)
        .join(', '),
    ],
    ...(meeting.marks.length > 0
      ? ([['Mødet holdes', meeting.marks.map((m) => MEETING_MARK_LABELS[m]).join(' og ')]] as [
          string,
          string,
        ][])
      : []),
  ];
  const carried = meeting.carriedForward.filter((a) => minutes || a.status === 'open');
  const stillOpen = [...meeting.carriedForward, ...meeting.actions]
    .filter((a) =>
      minutes
        ? statusAt(a, meeting) === 'open'
        : isBefore({ id: a.meetingId, date: a.meetingDate }, meeting) && a.status === 'open',
    )
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  const nextText = describeNext(context.nextMeeting);
  const items = meeting.items.map((item): DocumentItem => {
    const goals = item.strategyGoalIds.flatMap((id) => context.strategyGoalNames.get(id) ?? []);
    const fields: [string, string][] = [
      ['Fremlægges af', item.presenter],
      ['Baggrund', item.background],
      // The portfolio pack lists its partnerships by what happened to them instead.
      [
        'Samarbejder',
        item.portfolio ? '' : item.partnerships.map((p) => `${p.title} (${p.partner})`).join('; '),
      ],
      ['Strategimål', goals.join('; ')],
      ...(item.standing === 'naeste_moede' ? ([['Næste møde', nextText]] as [string, string][]) : []),
      ...(minutes
        ? ([
            ['Referat', item.notes],
            ['Konklusion', item.conclusion],
            ['Beslutning', item.decision],
          ] as [string, string][])
        : []),
    ];
    return {
      number: item.number,
      heading: `${item.title} (${item.kind})`,
      kindLabel: AGENDA_ITEM_KIND_LABELS[item.kind],
      fields: fields.filter(([, value]) => value.trim() !== ''),
      actions: minutes ? meeting.actions.filter((a) => a.agendaItemId === item.id).map(row) : [],
      carried: item.standing === 'opfoelgning' ? carried.map(row) : null,
      portfolio: item.portfolio,
    };
  });
  const documentTitle = minutes ? 'Referat' : 'Dagsorden';
  return {
    kind,
    documentTitle,
    title: `${documentTitle} – ${context.groupName}`,
    header: header.filter(([, value]) => value.trim() !== ''),
    metadata: [
      ['Sagsnummer', context.caseNumber || 'Ikke angivet'],
      ['Dokumentdato', formatDateLong(context.documentDate)],
      ['KLE', KLE_FOLLOWUP_GROUP],
      ...(minutes
        ? ([
            [
              'Status',
              meeting.minutesApprovedAt
                ? `Godkendt ${formatDateShort(meeting.minutesApprovedAt)}`
                : 'Udkast – ikke godkendt',
            ],
          ] as [string, string][])
        : []),
    ],
    items,
    actionList: stillOpen.map(row),
    nextMeeting: nextText,
    fileName: meetingFileName(kind, context.groupName, meeting.date),
  };
}
