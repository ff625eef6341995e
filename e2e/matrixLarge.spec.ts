import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { generatedRegister } from './support/generatedRegister';

// A register above RENDER_VISIBLE_ONLY_FROM (500).
const server = generatedRegister(700);

test('a big portfolio has only the nodes in view in the page, yet its picture shows every one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server().url}#/matrix`);
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
