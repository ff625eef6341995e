import type { Involvement, PartnershipStatus, VolunteerType } from './values';

/** What the matrix needs to draw a partnership at some moment. */
export interface MatrixState {
  id: number;
  title: string;
  partner: string;
  volunteerType: VolunteerType;
  involvement: Involvement;
  status: PartnershipStatus;
}

/** One line of the audit log for a partnership. */
export interface RecordedChange {
  entityId: number;
  at: string;
  action: 'create' | 'update' | 'delete';
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

const REWINDABLE = new Set(['title', 'partner', 'volunteerType', 'involvement', 'status']);

/**
 * The register as it stood at `instant` (an ISO timestamp): partnerships created later are left
 * out, and every later change to a drawn field is undone, newest first. Partnerships deleted
 * since cannot be brought back: the log keeps only their title.
 */
export function stateAsOf<T extends MatrixState>(
  current: readonly T[],
  changes: readonly RecordedChange[],
  instant: string,
): T[] {
  const later = [...changes]
    .filter((c) => c.at > instant)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const createdLater = new Set(later.filter((c) => c.action === 'create').map((c) => c.entityId));
  return current
    .filter((p) => !createdLater.has(p.id))
    .map((p) => {
      const state = { ...p } as Record<string, unknown>;
      for (const change of later) {
        if (
          change.entityId === p.id &&
          change.action === 'update' &&
          change.field &&
          REWINDABLE.has(change.field)
        ) {
          state[change.field] = change.oldValue;
        }
      }
      return state as T;
    });
}

export type ChangeMark = 'ny' | 'flyttet' | 'afsluttet';

export const CHANGE_MARK_LABELS: Record<ChangeMark, string> = {
  ny: 'Ny',
  flyttet: 'Flyttet',
  afsluttet: 'Afsluttet',
};

/**
 * What happened to each partnership after `instant`: new, moved to another cell, or ended.
 * The newest kind wins when several apply; new beats moved.
 */
export function changesSince(changes: readonly RecordedChange[], instant: string): Map<number, ChangeMark> {
  const marks = new Map<number, ChangeMark>();
  for (const c of [...changes].filter((c) => c.at > instant).sort((a, b) => (a.at < b.at ? -1 : 1))) {
    if (c.action === 'create') marks.set(c.entityId, 'ny');
    else if (c.action === 'update' && c.field === 'status' && c.newValue === 'afsluttet')
      marks.set(c.entityId, 'afsluttet');
    else if (
      c.action === 'update' &&
      (c.field === 'volunteerType' || c.field === 'involvement') &&
      marks.get(c.entityId) !== 'ny'
    ) {
      marks.set(c.entityId, 'flyttet');
    }
  }
  return marks;
}
