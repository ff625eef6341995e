import { ApiFailure } from '../../shared/api';
import type { Repositories } from '../db/repositories';

export function createMatrixService(repos: Repositories) {
  return {
    positions: () => repos.matrixPositions.all(),
    /** The audit trail the matrix replays for "as it stood on" and "changed since". */
    history: () =>
      repos.auditLog.matrixChanges('partnership').map((e) => ({
        entityId: e.entityId,
        at: e.at,
        action: e.action,
        field: e.field ?? null,
        oldValue: e.oldValue ?? null,
        newValue: e.newValue ?? null,
      })),
    savePosition(id: number, dx: number, dy: number): { id: number } {
      if (!repos.partnerships.get(id)) throw new ApiFailure('not_found', 'Samarbejdet findes ikke længere.');
      repos.matrixPositions.save(id, dx, dy);
      return { id };
    },
  };
}
