import type { Migration } from './types';

/** The følgegruppe: members, meetings, agenda items, attendance and action items (issue 6). */
export const migration005FollowupGroup: Migration = {
  version: 5,
  name: 'followup-group',
  up(db) {
    db.exec(``);
  },
};
