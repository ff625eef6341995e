import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedRegister } from '../bench/seed';
import { openDatabase } from '../main/db/open';
import { startBrowserMode, type RunningBrowserMode } from '../main/testing/startBrowserMode';

// A register above RENDER_VISIBLE_ONLY_FROM (500), in its own browser mode beside the demo's.
const PARTNERSHIPS = 700;
let folder: string;
let server: RunningBrowserMode;

test.beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-large-'));
  const file = path.join(folder, 'large.sqlite');
  openDatabase(file).close();
  seedRegister(file, PARTNERSHIPS);
  server = await startBrowserMode(file);
});

test.afterAll(() => {
  server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a big portfolio has only the nodes in view in the page, yet its picture shows every one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server.url}#/matrix`);
  const nodes = page.getByTestId('matrix-node');
  await expect(nodes.first()).toBeVisible({ timeout: 60_000 });
  let total = 0;
  for (const q of [1, 2, 3, 4]) {
    const label = page.locator(`[data-testid=quadrant-label][data-quadrant="${String(q)}"]`);
    total += Number(await label.getAttribute('data-count'));
  }
  expect(total).toBeGreaterThan(500);
  const inPage = await nodes.count();
  expect(inPage).toBeGreaterThan(0);
  expect(inPage).toBeLessThan(total);

  await page.getByRole('button', { name: 'Gem som billede' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /SVG/ }).click();
  const svg = fs.readFileSync(await (await download).path(), 'utf8');
  expect(svg.match(/data-testid="matrix-node"/g)).toHaveLength(total);
  // Afterwards the page is back to the nodes in view.
  await expect(nodes).toHaveCount(inPage);
});
