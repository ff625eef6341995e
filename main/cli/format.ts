import type { FieldError, Partnership, PlanSummary } from '../../shared/api';
import {
  EFFORT_STATES,
  EFFORT_STATE_LABELS,
  FLAG_LABELS,
  INVOLVEMENT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
  formatPeriod,
} from '../../shared/domain';

/** The stable JSON shape scripts can rely on. */
export function partnershipJson(p: Partnership) {
  return {
    id: p.id,
    title: p.title,
    partner: p.partner,
    volunteerType: p.volunteerType,
    involvement: p.involvement,
    quadrant: p.quadrant,
    unit: p.unitName,
    status: p.status,
    flags: p.flags,
    agreementKind: p.agreementKind,
    startDate: p.startDate,
    endDate: p.endDate,
    notes: p.notes,
  };
}

export function partnershipLine(p: Partnership): string {
  const period = formatPeriod(p.startDate, p.endDate);
  return [
    `#${String(p.id)}`,
    p.title,
    `(${p.partner})`,
    `– ${VOLUNTEER_TYPE_LABELS[p.volunteerType]}, ${INVOLVEMENT_LABELS[p.involvement].toLowerCase()} involvering,`,
    `kvadrant ${String(p.quadrant)},`,
    STATUS_LABELS[p.status].toLowerCase(),
    period ? `(${period})` : '',
    p.flags.length > 0 ? `[${p.flags.map((f) => FLAG_LABELS[f].toLowerCase()).join('; ')}]` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const FLAG_OF_FIELD: Record<string, string> = {
  title: '--title',
  partner: '--partner',
  volunteerType: '--volunteer-type',
  involvement: '--involvement',
  unitId: '--unit',
  status: '--status',
  startDate: '--start',
  endDate: '--end',
  notes: '--notes',
};

export function fieldErrorLines(errors: readonly FieldError[]): string[] {
  return errors.map((e) => `${FLAG_OF_FIELD[e.path] ?? (e.path || 'input')}: ${e.message}`);
}

/** `#2 2017-18 Handleplan 2017-18 – 4 indsatser: 3 i gang, 1 gennemført (videreført fra 2016-17)` */
export function planLine(plan: PlanSummary): string {
  const states = EFFORT_STATES.filter((s) => plan.stateCounts[s] > 0)
    .map((s) => `${String(plan.stateCounts[s])} ${EFFORT_STATE_LABELS[s].toLowerCase()}`)
    .join(', ');
  return [
    `#${String(plan.id)}`,
    plan.period,
    plan.title,
    `– ${String(plan.effortCount)} ${plan.effortCount === 1 ? 'indsats' : 'indsatser'}${states ? `: ${states}` : ''}`,
    plan.previous ? `(videreført fra ${plan.previous.period})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
