import { z } from 'zod';
import {
  actionPlanSchema,
  addGoalSchema,
  carryOverSchema,
  goalByIdSchema,
  planByIdSchema,
  planFieldsSchema,
  planSummarySchema,
  saveEffortSchema,
  statusReportInputSchema,
  updatePlanSchema,
} from './actionPlans';
import { backupFileSchema, backupFolderSchema, backupListSchema, restoreBackupSchema } from './backups';
import {
  agreementCheckSchema,
  agreementInputSchema,
  clauseVersionSchema,
  documentLogoSchema,
  documentRecordSchema,
  generateAgreementSchema,
  generatedAgreementSchema,
  templateFileSchema,
  templateInfoSchema,
} from './agreements';
import {
  addLookupItemSchema,
  lookupListsSchema,
  removeLookupItemSchema,
  renameLookupItemSchema,
  settingsPatchSchema,
  settingsSchema,
} from './lists';
import {
  actionItemSchema,
  addActionSchema,
  addAgendaItemSchema,
  addMemberSchema,
  approveMinutesSchema,
  closeActionSchema,
  groupSchema,
  listActionsSchema,
  meetingFieldsSchema,
  meetingIdSchema,
  meetingSchema,
  meetingSummarySchema,
  memberSchema,
  reopenMeetingSchema,
  reorderAgendaSchema,
  setAttendanceSchema,
  updateActionSchema,
  updateAgendaItemSchema,
  updateGroupSchema,
  updateMeetingSchema,
  updateMemberSchema,
  yearPlanSchema,
  yearSchema,
} from './followupGroup';
import { matrixPositionSchema, reclassifySchema, recordedChangeSchema, savePositionSchema } from './matrix';
import { organisationSchema, updateOrganisationSchema } from './organisations';
import {
  applyRetentionSchema,
  auditFilterSchema,
  auditListSchema,
  erasePersonSchema,
  mergePersonsSchema,
  personExportSchema,
  personSchema,
  retentionDueSchema,
  updatePersonSchema,
} from './persons';
import {
  exportSchema,
  fileSchema,
  importCommitSchema,
  importPreviewSchema,
  importResultSchema,
} from './transfer';
import {
  byIdSchema,
  historyEntrySchema,
  partnershipFieldsSchema,
  partnershipSchema,
  searchSchema,
  updatePartnershipSchema,
} from './partnerships';
import { registerPageInputSchema, registerPageSchema } from './registerPage';

const noInput = z.object({}).strict().optional();
const idResult = z.object({ id: z.number().int() });

/**
 * Every method the renderer, browser mode and the CLI may call. The router refuses names that
 * are not here and validates both directions against these schemas.
 */
export const contract = {
  'app.info': {
    input: noInput,
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), databasePath: z.string() }),
  },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'lists.all': { input: noInput, output: lookupListsSchema },
  'lists.add': { input: addLookupItemSchema, output: idResult },
  'lists.rename': { input: renameLookupItemSchema, output: idResult },
  'lists.remove': { input: removeLookupItemSchema, output: idResult },
  'organisations.list': { input: noInput, output: z.array(organisationSchema) },
  'organisations.get': { input: byIdSchema, output: organisationSchema },
  'organisations.update': { input: updateOrganisationSchema, output: organisationSchema },
  'partnerships.list': { input: noInput, output: z.array(partnershipSchema) },
  'partnerships.page': { input: registerPageInputSchema, output: registerPageSchema },
  'partnerships.get': { input: byIdSchema, output: partnershipSchema },
  'partnerships.create': { input: partnershipFieldsSchema, output: partnershipSchema },
  'partnerships.update': { input: updatePartnershipSchema, output: partnershipSchema },
  'partnerships.delete': { input: byIdSchema, output: idResult },
  'partnerships.history': { input: byIdSchema, output: z.array(historyEntrySchema) },
  'partnerships.search': { input: searchSchema, output: z.array(z.number().int()) },
  'partnerships.reclassify': { input: reclassifySchema, output: partnershipSchema },
  'matrix.positions': { input: noInput, output: z.array(matrixPositionSchema) },
  'matrix.history': { input: noInput, output: z.array(recordedChangeSchema) },
  'matrix.savePosition': { input: savePositionSchema, output: idResult },
  'agreements.check': { input: agreementInputSchema, output: agreementCheckSchema },
  'agreements.generate': { input: generateAgreementSchema, output: generatedAgreementSchema },
  'agreements.history': { input: agreementInputSchema, output: z.array(documentRecordSchema) },
  'agreements.template': { input: noInput, output: templateInfoSchema.nullable() },
  'agreements.setTemplate': { input: templateFileSchema, output: templateInfoSchema },
  'agreements.removeTemplate': { input: noInput, output: z.null() },
  'agreements.clauseVersions': { input: noInput, output: z.array(clauseVersionSchema) },
  'documents.logo': { input: noInput, output: documentLogoSchema.nullable() },
  'documents.setLogo': { input: templateFileSchema, output: documentLogoSchema.nullable() },
  'documents.resetLogo': { input: noInput, output: documentLogoSchema.nullable() },
  'backups.list': { input: noInput, output: backupListSchema },
  'backups.create': { input: noInput, output: backupFileSchema },
  'backups.restore': {
    input: restoreBackupSchema,
    output: z.object({ restored: z.string(), safetyCopy: z.string() }),
  },
  'backups.setFolder': { input: backupFolderSchema, output: z.object({ folder: z.string() }) },
  'reports.overview': {
    input: z
      .object({
        includeEnded: z.boolean().default(false),
        ids: z.array(z.number().int().positive()).max(1_000_000).optional(),
      })
      .strict(),
    output: fileSchema,
  },
  'followupGroup.get': { input: noInput, output: groupSchema },
  'followupGroup.update': { input: updateGroupSchema, output: groupSchema },
  'followupGroup.addMember': { input: addMemberSchema, output: memberSchema },
  'followupGroup.updateMember': { input: updateMemberSchema, output: memberSchema },
  'followupGroup.removeMember': { input: byIdSchema, output: idResult },
  'meetings.list': { input: noInput, output: z.array(meetingSummarySchema) },
  'meetings.get': { input: byIdSchema, output: meetingSchema },
  'meetings.create': { input: meetingFieldsSchema, output: meetingSchema },
  'meetings.update': { input: updateMeetingSchema, output: meetingSchema },
  'meetings.delete': { input: byIdSchema, output: idResult },
  'meetings.yearPlan': { input: yearSchema, output: yearPlanSchema },
  'meetings.planYear': { input: yearSchema, output: yearPlanSchema },
  'meetings.next': { input: noInput, output: meetingSummarySchema.nullable() },
  'meetings.setAttendance': { input: setAttendanceSchema, output: meetingSchema },
  'meetings.approveMinutes': { input: approveMinutesSchema, output: meetingSchema },
  'meetings.reopen': { input: reopenMeetingSchema, output: meetingSchema },
  'meetings.agendaDocument': { input: byIdSchema, output: fileSchema },
  'meetings.minutesDocument': { input: byIdSchema, output: fileSchema },
  'agendaItems.add': { input: addAgendaItemSchema, output: meetingSchema },
  'agendaItems.update': { input: updateAgendaItemSchema, output: meetingSchema },
  'agendaItems.remove': { input: byIdSchema, output: meetingSchema },
  'agendaItems.reorder': { input: reorderAgendaSchema, output: meetingSchema },
  'agendaItems.addPortfolioPack': { input: meetingIdSchema, output: meetingSchema },
  'actionItems.list': { input: listActionsSchema, output: z.array(actionItemSchema) },
  'actionItems.overdue': { input: noInput, output: z.array(actionItemSchema) },
  'actionItems.add': { input: addActionSchema, output: actionItemSchema },
  'actionItems.update': { input: updateActionSchema, output: actionItemSchema },
  'actionItems.close': { input: closeActionSchema, output: actionItemSchema },
  'actionItems.reopen': { input: byIdSchema, output: actionItemSchema },
  'actionItems.remove': { input: byIdSchema, output: idResult },
  'actionPlans.list': { input: noInput, output: z.array(planSummarySchema) },
  'actionPlans.get': { input: planByIdSchema, output: actionPlanSchema },
  'actionPlans.create': { input: planFieldsSchema, output: actionPlanSchema },
  'actionPlans.update': { input: updatePlanSchema, output: actionPlanSchema },
  'actionPlans.delete': { input: planByIdSchema, output: idResult },
  'actionPlans.addGoal': { input: addGoalSchema, output: actionPlanSchema },
  'actionPlans.removeGoal': { input: goalByIdSchema, output: actionPlanSchema },
  'actionPlans.saveEffort': { input: saveEffortSchema, output: actionPlanSchema },
  'actionPlans.deleteEffort': { input: planByIdSchema, output: actionPlanSchema },
  'actionPlans.carryOver': { input: carryOverSchema, output: actionPlanSchema },
  'reports.status': { input: statusReportInputSchema, output: fileSchema },
  'demo.load': { input: noInput, output: z.object({ added: z.number().int() }) },
  'import.preview': { input: importCommitSchema, output: importPreviewSchema },
  'import.commit': { input: importCommitSchema, output: importResultSchema },
  'export.partnerships': { input: exportSchema, output: fileSchema },
  'persons.list': { input: noInput, output: z.array(personSchema) },
  'persons.get': { input: byIdSchema, output: personSchema },
  'persons.update': { input: updatePersonSchema, output: personSchema },
  'persons.merge': { input: mergePersonsSchema, output: personSchema },
  'persons.export': { input: byIdSchema, output: personExportSchema },
  'persons.erase': { input: erasePersonSchema, output: idResult },
  'retention.due': { input: noInput, output: retentionDueSchema },
  'retention.apply': {
    input: applyRetentionSchema,
    output: z.object({ persons: z.number().int(), partnerships: z.number().int() }),
  },
  'audit.list': { input: auditFilterSchema, output: auditListSchema },
  'audit.export': { input: auditFilterSchema, output: fileSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
