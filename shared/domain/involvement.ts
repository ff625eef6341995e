import { INVOLVEMENT_LEVELS, type Involvement } from './values';

/** The involvement checklist (DOMAIN.md §1, Furesø): what the municipality actually does. */
export const INVOLVEMENT_CRITERIA = [
  { code: 'lokaler', level: 'lav', label: 'Kommunen stiller lokaler til rådighed' },
  { code: 'henviser', level: 'lav', label: 'Kommunen henviser borgere til aktiviteten' },
  { code: 'kontaktperson', level: 'mellem', label: 'Kommunen har en eller flere faste kontaktpersoner' },
  { code: 'koordinerer', level: 'mellem', label: 'Kommunen booker lokaler og koordinerer forløbet' },
  { code: 'kommunikation', level: 'mellem', label: 'Kommunen støtter kommunikationen' },
  { code: 'formaliseret', level: 'hoej', label: 'Samarbejdet er formaliseret' },
  {
    code: 'personale_deltager',
    level: 'hoej',
    label: 'Kommunens medarbejdere deltager i driften af aktiviteterne',
  },
  { code: 'personaleressourcer', level: 'hoej', label: 'Samarbejdet kræver en del personaleressourcer' },
  {
    code: 'gensidige_forpligtelser',
    level: 'hoej',
    label: 'Der er gensidige forpligtelser (partnerskabsaftale)',
  },
  { code: 'saerskilt_budget', level: 'hoej', label: 'Der er en særskilt økonomisk ramme' },
] as const satisfies readonly { code: string; level: Involvement; label: string }[];

export type InvolvementCriterion = (typeof INVOLVEMENT_CRITERIA)[number]['code'];
export const INVOLVEMENT_CRITERION_CODES = INVOLVEMENT_CRITERIA.map((c) => c.code) as [
  InvolvementCriterion,
  ...InvolvementCriterion[],
];

/** The highest level with at least one ticked criterion, or null when nothing is ticked. */
export function suggestedInvolvement(ticked: readonly string[]): Involvement | null {
  let best: Involvement | null = null;
  for (const criterion of INVOLVEMENT_CRITERIA) {
    if (!ticked.includes(criterion.code)) continue;
    if (best === null || INVOLVEMENT_LEVELS.indexOf(criterion.level) > INVOLVEMENT_LEVELS.indexOf(best)) {
      best = criterion.level;
    }
  }
  return best;
}

/** The consultant may choose another level than the checklist suggests, but must say why. */
export function overrideNeedsReason(ticked: readonly string[], chosen: Involvement): boolean {
  const suggested = suggestedInvolvement(ticked);
  return suggested !== null && suggested !== chosen;
}
