import path from 'node:path';
import type { ActionItem, MeetingSummary, TransferFile } from '../../shared/api';
import {
  ACTION_STATUS_LABELS,
  MEETING_MARK_LABELS,
  MEETING_STATE_LABELS,
  formatDateShort,
  formatTimes,
} from '../../shared/domain';
import type { Backend } from '../backend/createBackend';
import { BadInput, call, writeDocument, type CliIo, type Values } from './run';

function meetingLine(m: MeetingSummary): string {
  return [
    `#${String(m.id)} ${formatDateShort(m.date)}`,
    formatTimes(m.startTime, m.endTime),
    m.place,
    ...m.marks.map((mark) => MEETING_MARK_LABELS[mark]),
    MEETING_STATE_LABELS[m.state].toLowerCase(),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The stable JSON shape scripts can rely on. */
function actionJson(a: ActionItem) {
  return {
    id: a.id,
    text: a.text,
    responsible: a.responsible,
    deadline: a.deadline,
    status: a.status,
    meetingId: a.meetingId,
    meetingDate: a.meetingDate,
    closedAt: a.closedAt,
    closedAtMeetingId: a.closedAtMeetingId,
    overdue: a.overdue,
  };
}

function actionLine(a: ActionItem): string {
  return [
    `#${String(a.id)} ${a.text}`,
    a.responsible,
    a.deadline ? `frist ${formatDateShort(a.deadline)}${a.overdue ? ' (overskredet)' : ''}` : '',
    `rejst ${formatDateShort(a.meetingDate)}`,
    ACTION_STATUS_LABELS[a.status].toLowerCase() + (a.closedAt ? ` ${formatDateShort(a.closedAt)}` : ''),
  ]
    .filter(Boolean)
    .join(' · ');
}

export async function listMeetings(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const meetings = await call<MeetingSummary[]>(backend, 'meetings.list', {});
  if (values.json) io.out(JSON.stringify(meetings, null, 2));
  else if (meetings.length === 0) io.out('Der er ingen møder i følgegruppen endnu.');
  else io.out(meetings.map(meetingLine).join('\n'));
}

export async function listActions(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const actions = await call<ActionItem[]>(backend, 'actionItems.list', {});
  if (values.json) io.out(JSON.stringify(actions.map(actionJson), null, 2));
  else if (actions.length === 0) io.out('Der er ingen handlingspunkter endnu.');
  else io.out(actions.map(actionLine).join('\n'));
}

function meetingDocument(method: 'meetings.agendaDocument' | 'meetings.minutesDocument', what: string) {
  return async (backend: Backend, values: Values, io: CliIo, idText: string): Promise<void> => {
    const id = Number(idText);
    if (!Number.isInteger(id) || id <= 0)
      throw new BadInput(`«${idText}» er ikke et mødes nummer. Se numrene med: samspil meetings list`);
    if (values.out !== undefined && !values.out.toLowerCase().endsWith('.docx'))
      throw new BadInput('--out skal være en .docx-fil.');
    const document = await call<TransferFile>(backend, method, { id });
    const out = values.out ?? document.fileName;
    writeDocument(out, document, values.force === true);
    io.out(values.json ? JSON.stringify({ file: path.resolve(out) }) : `${what} er gemt i ${out}.`);
  };
}

export const writeMeetingAgenda = meetingDocument('meetings.agendaDocument', 'Dagsordenen');
export const writeMeetingMinutes = meetingDocument('meetings.minutesDocument', 'Referatet');
