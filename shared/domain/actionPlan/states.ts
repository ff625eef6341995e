/** Where an effort (indsats) stands in its plan period. Codes are ASCII for CLI, JSON and SQL. */
export const EFFORT_STATES = ['ikke_startet', 'i_gang', 'gennemfoert', 'viderefoeres', 'opgivet'] as const;
export type EffortState = (typeof EFFORT_STATES)[number];

export const EFFORT_STATE_LABELS: Record<EffortState, string> = {
  ikke_startet: 'Ikke startet',
  i_gang: 'I gang',
  gennemfoert: 'Gennemført',
  viderefoeres: 'Videreføres',
  opgivet: 'Opgivet',
};

/** The state a carried-over effort starts in: the work goes on, it is not new. */
export const CARRIED_OVER_STATE: EffortState = 'i_gang';

/**
 * Rødovre's four strategimål (seeds 000 and 001), offered as examples next to the
 * municipality's own list of strategy goals.
 */
export const EXAMPLE_STRATEGY_GOALS: readonly string[] = [
  'Vi skaber gode rammer for den frivillige sociale indsats',
  'Vi skaber synlighed og netværk på frivilligområdet',
  'Nye alliancer – kommunen indgår partnerskaber med socialøkonomiske virksomheder',
  'Vi støtter det frivillige sociale arbejde økonomisk',
];
