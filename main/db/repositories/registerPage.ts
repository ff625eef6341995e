import type { Database, Statement } from 'better-sqlite3';
import type { Partnership } from '../../../shared/api';
import { SELECT, toPartnership, type PartnershipRow, type StoredPartnership } from './partnerships';

/** The register's filters that narrow in SQL; each is one value, combined with AND. */
export interface PageFilter {
  volunteerType?: Partnership['volunteerType'];
  involvement?: Partnership['involvement'];
  unitId?: number;
  status?: Partnership['status'];
  agreementKind?: Partnership['agreementKind'];
}

/** Where the previous page ended: the last row's sort key and id (keyset pagination). */
export interface PageCursor {
  key: string;
  id: number;
}

const FILTER_COLUMNS: Readonly<Record<keyof PageFilter, string>> = {
  volunteerType: 'p.volunteer_type',
  involvement: 'p.involvement',
  unitId: 'p.unit_id',
  status: 'p.status',
  agreementKind: 'p.agreement_kind',
};

type Direction = 'ascending' | 'descending';

// The record's columns plus its strategy goals and sort key, so one statement serves the page.
const PAGE_SELECT = SELECT.replace(
  /\n\s*FROM partnerships p\b/,
  `, p.title_key,
         (SELECT group_concat(g.strategy_goal_id) FROM partnership_strategy_goals g
          WHERE g.partnership_id = p.id) AS goal_ids$&`,
);

/**
 * One page of the register in Danish title order, after `cursor`. Walks the title-key index and
 * stops after `limit` rows, so the first page costs the same at 1,000 and 100,000 partnerships.
 */
export function registerPageSql(filter: PageFilter, hasCursor: boolean, direction: Direction): string {
  const keys = (Object.keys(FILTER_COLUMNS) as (keyof PageFilter)[]).filter((k) => filter[k] !== undefined);
  const where = keys.map((k) => `${FILTER_COLUMNS[k]} = @${k}`);
  const order = direction === 'ascending' ? 'ASC' : 'DESC';
  if (hasCursor)
    where.push(`(p.title_key, p.id) ${direction === 'ascending' ? '>' : '<'} (@afterKey, @afterId)`);
  return `${PAGE_SELECT}
  ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
  ORDER BY p.title_key ${order}, p.id ${order} LIMIT @limit`;
}

const byNumber = (a: number, b: number) => a - b;

type Row = PartnershipRow & { title_key: string; goal_ids: string | null };

export function createRegisterPageRepository(db: Database) {
  // One prepared statement per shape of filter, made once and reused.
  const statements = new Map<string, Statement<Record<string, unknown>, Row>>();
  function statementFor(filter: PageFilter, hasCursor: boolean, direction: Direction) {
    const shape = `${Object.keys(filter).sort().join(',')}|${String(hasCursor)}|${direction}`;
    let statement = statements.get(shape);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, Row>(registerPageSql(filter, hasCursor, direction));
      statements.set(shape, statement);
    }
    return statement;
  }

  return {
    page(
      filter: PageFilter,
      cursor: PageCursor | null,
      limit: number,
      direction: Direction = 'ascending',
    ): { rows: StoredPartnership[]; next: PageCursor | null } {
      const defined = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
      const rows = statementFor(defined, cursor !== null, direction).all({
        ...defined,
        ...(cursor && { afterKey: cursor.key, afterId: cursor.id }),
        limit,
      });
      const last = rows.at(-1);
      return {
        rows: rows.map((row) =>
          toPartnership(row, row.goal_ids === null ? [] : row.goal_ids.split(',').map(Number).sort(byNumber)),
        ),
        next: rows.length === limit && last ? { key: last.title_key, id: last.id } : null,
      };
    },
  };
}
