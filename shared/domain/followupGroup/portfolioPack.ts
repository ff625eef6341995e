import { quadrantOf } from '../quadrant';
import { changesSince, stateAsOf, type MatrixState, type RecordedChange } from '../timeTravel';
import { addDays } from './calendar';

/** How far ahead the pack looks for agreements running out. */
export const EXPIRING_WITHIN_DAYS = 90;

export interface PackPartnership extends MatrixState {
  endDate: string | null;
}

interface Ref {
  id: number;
  title: string;
  partner: string;
}

export interface PortfolioPackContent {
  since: string;
  asOf: string;
  new: Ref[];
  ended: Ref[];
  expiring: (Ref & { endDate: string })[];
  moved: (Ref & { fromQuadrant: number; toQuadrant: number })[];
  quadrantCounts: number[];
}

const ref = (p: PackPartnership): Ref => ({ id: p.id, title: p.title, partner: p.partner });

/**
 * What the group should hear about the portfolio since `since` (the previous meeting's date):
 * partnerships created, ended (status set to afsluttet, or the end date passed), running out
 * within 90 days of `asOf`, and moved to another cell of the matrix, read from the audit log the
 * matrix's "since" mode uses. The quadrant counts stand in for the matrix picture in Word.
 */
export function portfolioPack(
  partnerships: readonly PackPartnership[],
  changes: readonly RecordedChange[],
  since: string,
  asOf: string,
): PortfolioPackContent {
  // Changes on the meeting day itself were known at that meeting.
  const instant = `${since}T23:59:59.999Z`;
  const marks = changesSince(changes, instant);
  const before = new Map(stateAsOf(partnerships, changes, instant).map((p) => [p.id, p]));
  const horizon = addDays(asOf, EXPIRING_WITHIN_DAYS);
  const live = partnerships.filter((p) => p.status !== 'afsluttet');
  return {
    since,
    asOf,
    new: partnerships.filter((p) => marks.get(p.id) === 'ny').map(ref),
    ended: partnerships
      .filter(
        (p) =>
          marks.get(p.id) === 'afsluttet' ||
          (marks.get(p.id) !== 'ny' && p.endDate !== null && p.endDate > since && p.endDate <= asOf),
      )
      .map(ref),
    expiring: live
      .filter((p) => p.endDate !== null && p.endDate > asOf && p.endDate <= horizon)
      .map((p) => ({ ...ref(p), endDate: p.endDate ?? '' })),
    moved: partnerships.flatMap((p) => {
      const old = before.get(p.id);
      return marks.get(p.id) === 'flyttet' && old
        ? [
            {
              ...ref(p),
              fromQuadrant: quadrantOf(old.volunteerType, old.involvement),
              toQuadrant: quadrantOf(p.volunteerType, p.involvement),
            },
          ]
        : [];
    }),
    quadrantCounts: [1, 2, 3, 4].map(
      (q) => live.filter((p) => quadrantOf(p.volunteerType, p.involvement) === q).length,
    ),
  };
}
