import { safeFileNamePart } from '../fileName';
import { EFFORT_STATES, EFFORT_STATE_LABELS, type EffortState } from './states';

export interface StatusReportEffort {
  title: string;
  description: string;
  focusArea: string;
  responsible: string;
  state: EffortState;
  statusText: string;
  /** Titles of the linked partnerships. */
  partnerships: readonly string[];
  /** The period of the plan this effort was carried over from, if any. */
  carriedFromPeriod: string | null;
  /** The period of the plan it has been carried on into, if any. */
  carriedToPeriod: string | null;
}

export interface StatusReportSource {
  title: string;
  period: string;
  description: string;
  goals: readonly { name: string; efforts: readonly StatusReportEffort[] }[];
}

export const STATUS_REPORT_COLUMNS = ['Strategimål og fokusområde', 'Indsats', 'Status'] as const;

export interface StatusReportRow {
  /** Column 1: the goal's number and the effort's focus area (italic in Word). */
  goalLabel: string;
  focusArea: string;
  /** Column 2. */
  effortTitle: string;
  effortText: string[];
  effortDetails: string[];
  /** Column 3: the state, the status text for the period, and where the effort goes next. */
  stateLabel: string;
  statusText: string[];
  /** True when no status has been written yet; the document says so rather than leaving a gap. */
  statusMissing: boolean;
  note: string | null;
}

export interface StatusReport {
  title: string;
  planTitle: string;
  intro: string[];
  goals: string[];
  summary: string;
  groups: { heading: string; rows: StatusReportRow[] }[];
}

/** Text as paragraphs: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function count(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

function noteFor(effort: StatusReportEffort): string | null {
  if (effort.carriedToPeriod) return `Indsatsen videreføres i handleplan ${effort.carriedToPeriod}.`;
  if (effort.state === 'viderefoeres') return 'Indsatsen foreslås videreført i den næste handleplan.';
  return null;
}

/**
 * The status overview of a plan (Rødovre's "Statusoversigt", seeds 000 and 001): an
 * introduction naming the strategy goals, then one three-column table, grouped by goal.
 */
export function statusReport(plan: StatusReportSource): StatusReport {
  const efforts = plan.goals.flatMap((g) => g.efforts);
  const byState = EFFORT_STATES.map((state) => ({
    state,
    n: efforts.filter((e) => e.state === state).length,
  })).filter((s) => s.n > 0);
  const goalLabel = (index: number) => `Strategimål ${String(index + 1)}`;
  return {
    title: 'Statusoversigt',
    planTitle: plan.title,
    intro: [
      ...paragraphsOf(plan.description),
      `I handleplanen for ${plan.period} er der arbejdet med ${count(efforts.length, 'indsats', 'indsatser')} ` +
        `rettet mod at realisere ${count(plan.goals.length, 'strategimål', 'strategimål')}:`,
    ],
    goals: plan.goals.map((g, i) => `${goalLabel(i)}: ${g.name}`),
    summary:
      byState.length === 0
        ? 'Der er endnu ingen indsatser i handleplanen.'
        : `Status: ${byState.map((s) => `${String(s.n)} ${EFFORT_STATE_LABELS[s.state].toLowerCase()}`).join(', ')}.`,
    groups: plan.goals.map((goal, i) => ({
      heading: `${goalLabel(i)}: ${goal.name}`,
      rows: goal.efforts.map((e) => ({
        goalLabel: goalLabel(i),
        focusArea: e.focusArea,
        effortTitle: e.title,
        effortText: paragraphsOf(e.description),
        effortDetails: [
          ...(e.responsible ? [`Ansvarlig: ${e.responsible}`] : []),
          ...(e.partnerships.length > 0 ? [`Samarbejder: ${e.partnerships.join(', ')}`] : []),
          ...(e.carriedFromPeriod ? [`Videreført fra handleplan ${e.carriedFromPeriod}.`] : []),
        ],
        stateLabel: EFFORT_STATE_LABELS[e.state],
        statusText: paragraphsOf(e.statusText),
        statusMissing: paragraphsOf(e.statusText).length === 0,
        note: noteFor(e),
      })),
    })),
  };
}

/** `Statusoversigt - Handleplan 2016-17 - 2026-11-25.docx`. */
export function statusReportFileName(planTitle: string, date: string): string {
  return `Statusoversigt - ${safeFileNamePart(planTitle)} - ${date}.docx`;
}
