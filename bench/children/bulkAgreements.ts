/**
 * 500 Word agreements in a row through the agreement service, in a fresh process so its peak
 * memory is the bulk run's own. Prints `{ seconds, peakRssMb }` as JSON.
 */
import { createBackend } from '../../main/backend/createBackend';

const file = process.argv[2]!;
const backend = createBackend(file, { actor: 'bench' });
const services = backend.services();
const ids = services.partnerships
  .page({ filter: {}, after: null, limit: 500, direction: 'ascending' })
  .rows.map((p) => p.id);
const start = performance.now();
for (const id of ids) await services.agreements.generate(id);
const seconds = (performance.now() - start) / 1000;
backend.close();
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
