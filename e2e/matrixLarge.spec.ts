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

test('a big matrix opens at its top, and «Vis hele matrixen» shows every cell at once', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${server().url}#/matrix`);
  await expect(page.getByTestId('matrix-node').first()).toBeVisible({ timeout: 60_000 });
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const cells = () =>
    page
      .getByTestId('matrix-cell')
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  const inCanvas = (box: DOMRect) =>
    box.top >= canvas.y - 1 &&
    box.bottom <= canvas.y + canvas.height + 1 &&
    box.left >= canvas.x - 1 &&
    box.right <= canvas.x + canvas.width + 1;

  // Too tall to read whole: the titles and the first band are in view, the rest below.
  // React Flow sets the opening view a moment after the first nodes show.
  await expect.poll(async () => Math.min(...(await cells()).map((c) => c.top))).toBeGreaterThan(canvas.y);
  const opening = await cells();
  expect(opening).toHaveLength(12);
  expect(opening.filter(inCanvas).length).toBeLessThan(12);
  const zoomOut = page.getByRole('button', { name: 'Zoom ud', exact: true });
  await expect(zoomOut).toBeEnabled();

  await page.getByRole('button', { name: 'Vis hele matrixen' }).click();
  await expect.poll(async () => (await cells()).filter(inCanvas).length).toBe(12);
  // That is as far out as it goes: zooming out further would only shrink the matrix.
  await expect(zoomOut).toBeDisabled();
});
