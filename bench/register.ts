import BetterSqlite3 from 'better-sqlite3';
import { registerPageInputSchema } from '../shared/api';
import { createBackend } from '../main/backend/createBackend';
import { ftsQuery } from '../main/db/repositories/partnerships';
import { registerPageSql } from '../main/db/repositories/registerPage';
import { compare, percentile, samples } from './measure';
import { metric, type Metric } from './metrics';

/** The register's first page as the consultant opens it: active partnerships, A–Å, 100 rows. */
const FIRST_PAGE = registerPageInputSchema.parse({ filter: { status: 'aktiv' }, limit: 100 });
/** What people search for: a word, a place with æøå, a partner, a contact, and the start of a word. */
const SEARCHES = ['demenscafé', 'årslev', 'røde kors', 'søren', 'lektie', 'sp'];
// The repository's search statement, run bare as the baseline.
const FTS_SQL =
  'SELECT rowid AS id FROM partnerships_fts WHERE partnerships_fts MATCH ? ORDER BY rank LIMIT 10000';

export interface RegisterTiming {
  firstPageMs: number;
  metrics: Metric[];
}

/** The register through its service against the same SQL on a bare prepared statement. */
export async function registerMetrics(file: string, rounds: number): Promise<RegisterTiming> {
  const backend = createBackend(file, { actor: 'bench' });
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const service = backend.services().partnerships;
    const pageStatement = raw.prepare(registerPageSql(FIRST_PAGE.filter, false, FIRST_PAGE.direction));
    const list = await compare(
      () => pageStatement.all({ ...FIRST_PAGE.filter, limit: FIRST_PAGE.limit }),
      () => service.page(FIRST_PAGE),
      rounds,
    );
    const ftsStatement = raw.prepare(FTS_SQL);
    // The service's match expressions: none of the searches has a one-letter word, the one case
    // where the service first looks up the index's terms (`ftsQuery`'s `wordStarts`).
    const matches = SEARCHES.map((q) => ftsQuery(q)!);
    const search = await compare(
      () => matches.map((m) => ftsStatement.all(m)),
      () => SEARCHES.map((q) => service.search(q)),
      rounds,
    );
    const searchTimes = (await Promise.all(SEARCHES.map((q) => samples(() => service.search(q), 20)))).flat();
    return {
      firstPageMs: list.subjectMs,
      metrics: [
        metric('register.list.ratio', list.ratio, '×', 1.3),
        metric('register.search.ratio', search.ratio, '×', 1.3),
        metric('register.search.p95_ms', percentile(searchTimes, 0.95), 'ms'),
      ],
    };
  } finally {
    raw.close();
    backend.close();
  }
}

/** The same first page at 100,000 over 10,000: the cost must not grow with the register. */
export async function scalingMetric(small: string, large: string, rounds: number): Promise<Metric> {
  const smallBackend = createBackend(small, { actor: 'bench' });
  const largeBackend = createBackend(large, { actor: 'bench' });
  try {
    const result = await compare(
      () => smallBackend.services().partnerships.page(FIRST_PAGE),
      () => largeBackend.services().partnerships.page(FIRST_PAGE),
      rounds,
    );
    return metric('register.list.scaling', result.ratio, '×', 2);
  } finally {
    smallBackend.close();
    largeBackend.close();
  }
}
