import type { AuditFilter, AuditList, AuditLogEntry, TransferFile } from '../../../shared/api';
import {
  AUDIT_ACTION_LABELS,
  PARTNERSHIP_FIELD_LABELS,
  mentionPattern,
  mentionsPerson,
  recordLabel,
  storedFieldLabel,
  toIsoDate,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { Ports } from '../ports';
import { writeCsv } from '../spreadsheet/writeSpreadsheet';
import { personTerms } from './erasure';

/** The viewer shows the newest entries first and at most this many; the export has them all. */
const SHOWN = 2000;

/** The audit log, read-only: filtered by person, record, user account and date, and exported as CSV. */
export function createAuditViewer(repos: Repositories, ports: Ports) {
  function matching(filter: AuditFilter): AuditLogEntry[] {
    const entries = repos.auditTrail.query({
      entity: filter.entity,
      entityIds: filter.entityId === undefined ? undefined : [filter.entityId],
      actor: filter.actor,
      from: filter.from,
      to: filter.to,
    });
    if (filter.personId === undefined) return entries;
    const ids = new Set(repos.auditTrail.personIds(filter.personId));
    const pattern = mentionPattern(personTerms(repos, filter.personId));
    const named = (text: string | null) => text !== null && mentionsPerson(text, pattern);
    return entries.filter(
      (e) =>
        (e.entity === 'person' && ids.has(e.entityId)) ||
        named(e.oldValue) ||
        named(e.newValue) ||
        named(e.reason),
    );
  }

  return {
    list(filter: AuditFilter): AuditList {
      const entries = matching(filter);
      return {
        entries: entries.slice(-SHOWN).reverse(),
        actors: repos.auditTrail.actors(),
        truncated: entries.length > SHOWN,
      };
    },
    export(filter: AuditFilter): TransferFile {
      const csv = writeCsv(
        ['Tidspunkt', 'Bruger', 'Handling', 'Post', 'Nr.', 'Felt', 'Før', 'Efter', 'Begrundelse'],
        matching(filter).map((e) => [
          e.at,
          e.actor,
          AUDIT_ACTION_LABELS[e.action],
          recordLabel(e.entity),
          e.entityId,
          e.field && storedFieldLabel(e.field, PARTNERSHIP_FIELD_LABELS),
          e.oldValue,
          e.newValue,
          e.reason,
        ]),
      );
      return {
        fileName: `Logbog - ${toIsoDate(ports.now())}.csv`,
        contentBase64: Buffer.from(csv).toString('base64'),
      };
    },
  };
}
