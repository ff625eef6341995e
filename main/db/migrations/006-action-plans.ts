import type { Migration } from './types';

/** The handleplan: plans, goals, efforts and their statuses per period (issue 7). */
export const migration006ActionPlans: Migration = {
  version: 6,
  name: 'action-plans',
  up(db) {
    db.exec(``);
  },
};
