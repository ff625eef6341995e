/**
 * A fresh process opening the register as the app does: open and check the file, check the
 * schema version, wire the services, serve the first register page, then the full list the
 * register view loads. Prints `{ startupMs, rssMb }` as JSON.
 */
import { createBackend } from '../../main/backend/createBackend';

const file = process.argv[2]!;
const start = performance.now();
const backend = createBackend(file, { actor: 'bench' });
const page = await backend.router.handle('partnerships.page', { filter: { status: 'aktiv' } });
if (!page.ok) throw new Error(page.error.message);
const startupMs = performance.now() - start;
const list = await backend.router.handle('partnerships.list', {});
if (!list.ok) throw new Error(list.error.message);
const rssMb = process.memoryUsage().rss / 1024 / 1024;
backend.close();
console.log(JSON.stringify({ startupMs, rssMb }));
