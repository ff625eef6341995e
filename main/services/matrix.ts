import { ApiFailure } from '../../shared/api';
import type { Repositories } from '../db/repositories';

export function createMatrixService(repos: Repositories) {
  return {
    positions: () => repos.matrixPositions.all(),
    savePosition(id: number, dx: number, dy: number): { id: number } {
      if (!repos.partnerships.get(id)) throw new ApiFailure('not_found', 'Samarbejdet findes ikke længere.');
      repos.matrixPositions.save(id, dx, dy);
      return { id };
    },
  };
}
