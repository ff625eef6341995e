import { z } from 'zod';
import { EFFORT_STATES, PERIOD_MESSAGE, normalisePeriod, parsePeriod } from '../domain/actionPlan';
import { allowedValues, id, requiredText, text } from './fields';

const period = text(20)
  .refine((value) => parsePeriod(value) !== null, PERIOD_MESSAGE)
  .transform(normalisePeriod);

export const planFieldsSchema = z
  .object({
    title: requiredText(200, 'Skriv handleplanens navn, fx Handleplan 2026-27.'),
    period,
    description: text(5000).default(''),
  })
  .strict();
export type PlanFields = z.output<typeof planFieldsSchema>;
export type PlanFieldsInput = z.input<typeof planFieldsSchema>;

export const effortStateSchema = z.enum(EFFORT_STATES, {
  error: () => `Ukendt status. Tilladte værdier: ${allowedValues(EFFORT_STATES)}.`,
});

export const effortFieldsSchema = z
  .object({
    title: requiredText(300, 'Skriv indsatsens navn.'),
    description: text(10000).default(''),
    focusArea: text(300).default(''),
    responsible: text(200).default(''),
    state: effortStateSchema.default('ikke_startet'),
    statusText: text(20000).default(''),
    partnershipIds: z
      .array(id)
      .max(500, 'Vælg højst 500 samarbejder.')
      .transform((ids) => [...new Set(ids)])
      .default([]),
  })
  .strict();
export type EffortFields = z.output<typeof effortFieldsSchema>;
export type EffortFieldsInput = z.input<typeof effortFieldsSchema>;

/** An earlier period of the same effort, oldest first: what was done and written then. */
export const effortHistoryEntrySchema = z.object({
  effortId: id,
  planId: id,
  planTitle: z.string(),
  period: z.string(),
  state: effortStateSchema,
  statusText: z.string(),
});
export type EffortHistoryEntry = z.output<typeof effortHistoryEntrySchema>;

const planLink = z.object({ planId: id, period: z.string() });

export const effortSchema = z.object({
  id,
  goalId: id,
  title: z.string(),
  description: z.string(),
  focusArea: z.string(),
  responsible: z.string(),
  state: effortStateSchema,
  statusText: z.string(),
  partnerships: z.array(z.object({ id, title: z.string() })),
  history: z.array(effortHistoryEntrySchema),
  carriedTo: planLink.nullable(),
  updatedAt: z.string(),
});
export type Effort = z.output<typeof effortSchema>;

export const planGoalSchema = z.object({
  id,
  name: z.string(),
  strategyGoalId: id.nullable(),
  efforts: z.array(effortSchema),
});
export type PlanGoal = z.output<typeof planGoalSchema>;

const planBase = {
  id,
  title: z.string(),
  period: z.string(),
  description: z.string(),
  previous: planLink.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const planSummarySchema = z.object({
  ...planBase,
  goalCount: z.number().int(),
  effortCount: z.number().int(),
  stateCounts: z.record(effortStateSchema, z.number().int()),
});
export type PlanSummary = z.output<typeof planSummarySchema>;

export const actionPlanSchema = z.object({
  ...planBase,
  next: z.array(planLink),
  goals: z.array(planGoalSchema),
});
export type ActionPlan = z.output<typeof actionPlanSchema>;

export const planByIdSchema = z.object({ id }).strict();
export const updatePlanSchema = z.object({ id, fields: planFieldsSchema }).strict();

/** A goal is one of the municipality's strategy goals, or a new one (added to that list). */
export const addGoalSchema = z
  .object({
    planId: id,
    strategyGoalId: id.optional(),
    name: requiredText(200, 'Vælg eller skriv et strategimål.').optional(),
  })
  .strict()
  .refine((v) => (v.strategyGoalId === undefined) !== (v.name === undefined), {
    message: 'Vælg et strategimål fra listen, eller skriv et nyt.',
    path: ['name'],
  });

export const goalByIdSchema = z.object({ goalId: id }).strict();

/** Creates an effort when `id` is null, else updates it (and may move it to another goal of the plan). */
export const saveEffortSchema = z
  .object({ id: id.nullable(), goalId: id, fields: effortFieldsSchema })
  .strict();

export const carryOverSchema = z
  .object({
    planId: id,
    period,
    title: requiredText(200, 'Skriv den nye handleplans navn.').optional(),
  })
  .strict();

export const statusReportInputSchema = z.object({ planId: id }).strict();
