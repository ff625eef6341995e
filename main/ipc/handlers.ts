import type { z } from 'zod';
import { ApiFailure, type Contract, type MethodName, type MethodOutput } from '../../shared/api';
import type { Services } from '../services';

/** One handler per contract method; the compiler refuses a missing or mistyped one. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

// Temporary while the følgegruppe's services are written (issue 6).
const notReady = (): never => {
  throw new ApiFailure('conflict', 'Følgegruppen er ikke færdig endnu. Prøv igen senere.');
};

/** `services` is read on every call, so a restored register is used at once. */
export function createHandlers(services: () => Services): Handlers {
  return {
    'app.info': () => services().app.info(),
    'settings.get': () => services().settings.get(),
    'settings.update': (settings) => services().settings.update(settings),
    'lists.all': () => services().lists.all(),
    'lists.add': ({ list, name }) => services().lists.add(list, name),
    'lists.rename': ({ list, id, name }) => services().lists.rename(list, id, name),
    'lists.remove': ({ list, id }) => services().lists.remove(list, id),
    'organisations.list': () => services().organisations.list(),
    'organisations.get': ({ id }) => services().organisations.get(id),
    'organisations.update': ({ id, fields }) => services().organisations.update(id, fields),
    'partnerships.list': () => services().partnerships.list(),
    'partnerships.page': (input) => services().partnerships.page(input),
    'partnerships.get': ({ id }) => services().partnerships.get(id),
    'partnerships.create': (fields) => services().partnerships.create(fields),
    'partnerships.update': ({ id, fields, reason }) => services().partnerships.update(id, fields, reason),
    'partnerships.delete': ({ id }) => services().partnerships.delete(id),
    'partnerships.history': ({ id }) => services().partnerships.history(id),
    'partnerships.search': ({ query }) => services().partnerships.search(query),
    'partnerships.reclassify': ({ id, volunteerType, involvement, reason }) =>
      services().partnerships.reclassify(id, volunteerType, involvement, reason),
    'matrix.positions': () => services().matrix.positions(),
    'matrix.history': () => services().matrix.history(),
    'matrix.savePosition': ({ id, dx, dy }) => services().matrix.savePosition(id, dx, dy),
    'agreements.check': ({ id }) => services().agreements.check(id),
    'agreements.generate': ({ id, ...options }) => services().agreements.generate(id, options),
    'agreements.history': ({ id }) => services().agreements.history(id),
    'agreements.template': () => services().agreements.template(),
    'agreements.setTemplate': (file) => services().agreements.setTemplate(file),
    'agreements.removeTemplate': () => services().agreements.removeTemplate(),
    'agreements.clauseVersions': () => services().agreements.clauseVersions(),
    'backups.list': () => ({ folder: services().backups.folder(), backups: services().backups.list() }),
    'backups.create': () => services().backups.create(),
    'backups.restore': ({ fileName }) => services().backups.restore(fileName),
    'backups.setFolder': ({ folder }) => services().backups.setFolder(folder),
    'reports.overview': (options) => services().reports.overview(options),
    'followupGroup.get': notReady,
    'followupGroup.update': notReady,
    'followupGroup.addMember': notReady,
    'followupGroup.updateMember': notReady,
    'followupGroup.removeMember': notReady,
    'meetings.list': notReady,
    'meetings.get': notReady,
    'meetings.create': notReady,
    'meetings.update': notReady,
    'meetings.delete': notReady,
    'meetings.yearPlan': notReady,
    'meetings.planYear': notReady,
    'meetings.next': notReady,
    'meetings.setAttendance': notReady,
    'meetings.approveMinutes': notReady,
    'meetings.reopen': notReady,
    'meetings.agendaDocument': notReady,
    'meetings.minutesDocument': notReady,
    'agendaItems.add': notReady,
    'agendaItems.update': notReady,
    'agendaItems.remove': notReady,
    'agendaItems.reorder': notReady,
    'agendaItems.addPortfolioPack': notReady,
    'actionItems.list': notReady,
    'actionItems.overdue': notReady,
    'actionItems.add': notReady,
    'actionItems.update': notReady,
    'actionItems.close': notReady,
    'actionItems.reopen': notReady,
    'actionItems.remove': notReady,
    'actionPlans.list': () => services().actionPlans.list(),
    'actionPlans.get': ({ id }) => services().actionPlans.get(id),
    'actionPlans.create': (fields) => services().actionPlans.create(fields),
    'actionPlans.update': ({ id, fields }) => services().actionPlans.update(id, fields),
    'actionPlans.delete': ({ id }) => services().actionPlans.delete(id),
    'actionPlans.addGoal': (input) => services().actionPlans.addGoal(input),
    'actionPlans.removeGoal': ({ goalId }) => services().actionPlans.removeGoal(goalId),
    'actionPlans.saveEffort': ({ id, goalId, fields }) => services().actionPlans.saveEffort(id, goalId, fields),
    'actionPlans.deleteEffort': ({ id }) => services().actionPlans.deleteEffort(id),
    'actionPlans.carryOver': ({ planId, period, title }) => services().actionPlans.carryOver(planId, period, title),
    'reports.status': ({ planId }) => services().actionPlans.statusReport(planId),
    'demo.load': () => services().demo.load(),
    'import.preview': ({ updateExisting, ...file }) => services().import.preview(file, updateExisting),
    'import.commit': ({ updateExisting, ...file }) => services().import.commit(file, updateExisting),
    'export.partnerships': ({ format, ids }) => services().export.export(format, ids),
  };
}
