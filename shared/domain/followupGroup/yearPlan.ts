import { nthThursday } from './calendar';
import { MEETINGS_PER_YEAR, MEETING_MARK_LABELS, type MeetingMark } from './values';

export interface PlannedMeeting {
  date: string;
  startTime: string;
  endTime: string;
  marks: MeetingMark[];
}

/**
 * The four meetings of a year as the kommissorium describes them: one a quarter (the second
 * Thursday of March, June, September and December, in the afternoon), the June meeting with
 * Socialudvalget and the September meeting with Netværk for Fællesskab. The consultant moves
 * them afterwards as needed.
 */
export function defaultYearPlan(year: number): PlannedMeeting[] {
  const marks: MeetingMark[][] = [[], ['socialudvalget'], ['netvaerk'], []];
  return [3, 6, 9, 12].map((month, index) => ({
    date: nthThursday(year, month, 2),
    startTime: '15:00',
    endTime: '17:00',
    marks: marks[index] ?? [],
  }));
}

export interface YearPlanWarning {
  code: 'faerre_end_fire_moeder' | 'mangler_socialudvalget' | 'mangler_netvaerk';
  message: string;
}

/** What the year's plan lacks: four meetings, one with Socialudvalget, one with Netværk for Fællesskab. */
export function yearPlanWarnings(
  year: number,
  meetings: readonly { marks: readonly MeetingMark[] }[],
): YearPlanWarning[] {
  const warnings: YearPlanWarning[] = [];
  const y = String(year);
  if (meetings.length < MEETINGS_PER_YEAR) {
    const missing = MEETINGS_PER_YEAR - meetings.length;
    warnings.push({
      code: 'faerre_end_fire_moeder',
      message:
        meetings.length === 0
          ? `Der er ikke planlagt nogen møder i ${y}. Følgegruppen mødes fire gange om året – planlæg årets møder.`
          : `Der er kun planlagt ${String(meetings.length)} ${meetings.length === 1 ? 'møde' : 'møder'} i ${y}. ` +
            `Følgegruppen mødes fire gange om året – planlæg ${String(missing)} mere.`,
    });
  }
  const lacks = (mark: MeetingMark) => meetings.length > 0 && !meetings.some((m) => m.marks.includes(mark));
  if (lacks('socialudvalget'))
    warnings.push({
      code: 'mangler_socialudvalget',
      message: `Ingen af årets møder i ${y} er markeret «${MEETING_MARK_LABELS.socialudvalget}». Markér et af dem.`,
    });
  if (lacks('netvaerk'))
    warnings.push({
      code: 'mangler_netvaerk',
      message: `Ingen af årets møder i ${y} er markeret «${MEETING_MARK_LABELS.netvaerk}». Markér et af dem.`,
    });
  return warnings;
}
