import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openView } from './support/app';
import { findRow } from './support/register';
import { fieldsOutside } from './support/layout';

const node = (page: Page, title: string) => page.getByTestId('matrix-node').filter({ hasText: title });
/** The matrix cell `key` ("type/involvement"). */
const cell = (page: Page, key: string) => page.locator(`[data-testid=matrix-cell][data-cell="${key}"]`);
const cellBox = async (page: Page, key: string) => (await cell(page, key).boundingBox())!;

/** Presses the mouse in the middle of `box`, as a user takes hold of a node; returns that point. */
async function takeHold(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  return at;
}

async function registerCount(page: Page, quadrant: number): Promise<number> {
  await openView(page, '#/samarbejder');
  // Wait for the register to load: before it does, the list honestly says "0 af 0".
  await expect(page.getByTestId('partnership-row').first()).toBeVisible();
  await page.getByLabel('Kvadrant', { exact: true }).selectOption({ label: `Kvadrant ${String(quadrant)}` });
  const text = await page.getByText(/^Viser \d+ af [1-9]\d* samarbejder$/).textContent();
  return Number(/Viser (\d+)/.exec(text ?? '')![1]);
}

test('shows every partnership in its quadrant, with counts that match the register', async ({ page }) => {
  const expected = [];
  for (const q of [1, 2, 3, 4]) expected.push(await registerCount(page, q));
  await openView(page, '#/matrix');
  await expect(page.getByTestId('matrix-node').first()).toBeVisible();
  for (const q of [1, 2, 3, 4]) {
    await expect(page.locator(`[data-testid=matrix-node][data-quadrant="${String(q)}"]`)).toHaveCount(
      expected[q - 1]!,
    );
    await expect(page.locator(`[data-testid=quadrant-label][data-quadrant="${String(q)}"]`)).toHaveAttribute(
      'data-count',
      String(expected[q - 1]),
    );
  }
  // Every cell says how many it holds; an empty one says it is empty.
  await expect(page.getByTestId('matrix-cell')).toHaveCount(12);
  await page.getByLabel('Frivillig type', { exact: true }).selectOption({ label: 'Enkeltperson' });
  await expect(cell(page, 'faellesskab/hoej')).toHaveText('Ingen samarbejder her');
});

test('dragging a node from quadrant 3 to quadrant 1 asks why, saves, and shows in the register and history', async ({
  page,
}) => {
  await openView(page, '#/matrix');
  const julehjaelp = node(page, 'Julehjælp');
  await expect(julehjaelp).toHaveAttribute('data-quadrant', '3');
  const from = (await julehjaelp.boundingBox())!;
  const target = await cellBox(page, 'humanitaer/hoej');
  await takeHold(page, from);
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 + 10, { steps: 12 });
  await page.mouse.up();

  const dialog = page.getByRole('alertdialog', { name: 'Flyt «Julehjælp»?' });
  await expect(dialog.getByTestId('reclassify-target')).toContainText('Kvadrant 1');
  await dialog.getByRole('button', { name: 'Flyt samarbejdet' }).click();
  await expect(dialog.getByText('Skriv kort, hvorfor samarbejdet flyttes.', { exact: false })).toBeVisible();
  await dialog.getByLabel('Begrundelse').fill('Kommunen pakker nu julehjælpen sammen med Røde Kors');
  await dialog.getByRole('button', { name: 'Flyt samarbejdet' }).click();
  await expect(dialog).toBeHidden();
  await expect(node(page, 'Julehjælp')).toHaveAttribute('data-quadrant', '1');

  await openView(page, '#/samarbejder');
  const row = await findRow(page, 'Julehjælp');
  await expect(row).toContainText('Høj');
  await row.getByRole('button', { name: 'Rediger Julehjælp' }).click();
  await page.getByRole('dialog').getByRole('tab', { name: 'Historik' }).click();
  await expect(
    page.getByTestId('history-entry').filter({ hasText: 'Kvadrant: Kvadrant 3 → Kvadrant 1' }),
  ).toContainText('Kommunen pakker nu julehjælpen sammen med Røde Kors');
});

test('cancelling a drag puts the node back', async ({ page }) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  await expect(gaa).toHaveAttribute('data-quadrant', '4');
  const from = (await gaa.boundingBox())!;
  const target = await cellBox(page, 'folkeoplysende/mellem');
  await takeHold(page, from);
  await page.mouse.move(target.x + target.width / 2, target.y + 30, { steps: 12 });
  await page.mouse.up();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuller' }).click();
  await expect(node(page, 'Gåfællesskab')).toHaveAttribute('data-quadrant', '4');
  const back = (await node(page, 'Gåfællesskab').boundingBox())!;
  expect(Math.abs(back.x - from.x)).toBeLessThan(2);
  expect(Math.abs(back.y - from.y)).toBeLessThan(2);
});

test('while a node is dragged its landing cell is marked; once let go, the side panel shows it', async ({
  page,
}) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  const from = (await gaa.boundingBox())!;
  const target = await cellBox(page, 'folkeoplysende/mellem');
  const dropTarget = page.getByTestId('drop-target');
  await expect(dropTarget).toBeHidden();
  await takeHold(page, from);
  await page.mouse.move(target.x + target.width / 2, target.y + 30, { steps: 12 });
  await expect(dropTarget).toBeVisible();
  await expect(dropTarget).toHaveAttribute('data-cell', 'folkeoplysende/mellem');
  await expect(dropTarget).toHaveText('Kvadrant 1');
  const canvasAnimations = () =>
    page.evaluate(
      () =>
        document.getAnimations().filter((a) => {
          const target = (a.effect as KeyframeEffect | null)?.target;
          return target instanceof Element && target.closest('.react-flow') !== null;
        }).length,
    );
  expect(await canvasAnimations()).toBeGreaterThan(0);
  await page.mouse.up();
  await expect(dropTarget).toBeHidden();
  await expect(page.getByTestId('drag-ghost')).toBeHidden();
  // The marks are shown by animations that stop with the drag: an idle canvas draws no frames.
  await expect.poll(canvasAnimations).toBe(0);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuller' }).click();
  await expect(page.getByTestId('matrix-side-panel')).toContainText('Gåfællesskab');
});

test('reclassifies without a mouse: select a node with the keyboard and choose the new cell', async ({
  page,
}) => {
  await openView(page, '#/matrix');
  const lokaler = node(page, 'Lokaler til foreningsaktiviteter');
  await expect(lokaler).toHaveAttribute('data-quadrant', '3');
  await page.locator('.react-flow__node').filter({ hasText: 'Lokaler til foreningsaktiviteter' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('matrix-side-panel');
  await expect(panel).toContainText('Lokaler til foreningsaktiviteter');
  // Both choices fit in the panel: a long type name used to push «Involvering» past its edge.
  const choices = { type: panel.getByLabel('Frivillig type'), level: panel.getByLabel('Involvering') };
  await expect.poll(() => fieldsOutside(panel, choices)).toEqual([]);
  await panel.getByLabel('Involvering').selectOption({ label: 'Mellem' });
  await panel.getByRole('button', { name: 'Flyt …' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel('Begrundelse').fill('Foreningshuset har nu en fast kontaktperson');
  await dialog.getByRole('button', { name: 'Flyt samarbejdet' }).press('Enter');
  await expect(node(page, 'Lokaler til foreningsaktiviteter')).toHaveAttribute('data-quadrant', '1');
});

test('saves the matrix as a PNG picture at print resolution', async ({ page }) => {
  await openView(page, '#/matrix');
  await expect(page.getByTestId('matrix-node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Gem som billede' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /PNG/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Matrix \d{4}-\d{2}-\d{2}\.png$/);
  const png = fs.readFileSync(await file.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(3000);
  expect(height).toBeGreaterThan(1200);
  expect(png.length).toBeGreaterThan(100_000);
});

test('the matrix view has no serious accessibility problems', async ({ page }) => {
  await openView(page, '#/matrix');
  await expect(page.getByTestId('matrix-node').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('marks what changed since a date, and shows the matrix as it stood before the moves', async ({
  page,
}) => {
  await openView(page, '#/matrix');
  await expect(node(page, 'Julehjælp')).toHaveAttribute('data-quadrant', '1');
  const today = new Date();
  const yesterday = new Date(today.getTime() - 86_400_000);
  const iso = (d: Date) =>
    `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

  // Everything in this test register was created today, so since yesterday all of it is new.
  await page.getByLabel('Markér ændringer siden').fill(iso(yesterday));
  await expect(node(page, 'Julehjælp')).toHaveAttribute('data-change', 'ny');
  await expect(page.getByTestId('changes-summary')).toContainText('nye');

  // The day before the register existed, the matrix is empty; moves are switched off in the past.
  await page.getByLabel('Vis matrixen som den så ud den').fill(iso(yesterday));
  await expect(page.getByText(/Du ser matrixen, som den så ud den/)).toBeVisible();
  await expect(page.getByTestId('matrix-node')).toHaveCount(0);
  await page.getByLabel('Vis matrixen som den så ud den').fill('');
  await expect(node(page, 'Julehjælp')).toHaveAttribute('data-quadrant', '1');
});

test("the dragged node is a copy that follows the mouse at the canvas's zoom; Escape puts everything back", async ({
  page,
}) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  const from = (await gaa.boundingBox())!;
  const target = await cellBox(page, 'folkeoplysende/mellem');
  const ghost = page.getByTestId('drag-ghost');
  const copy = ghost.locator(':scope > div');
  const dropTarget = page.getByTestId('drop-target');
  await expect(ghost).toBeHidden();
  const start = await takeHold(page, from);
  for (const to of [
    { x: start.x + 40, y: start.y + 30 },
    { x: target.x + target.width / 2, y: target.y + 30 },
  ]) {
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await expect(ghost).toBeVisible();
    await expect(ghost).toContainText('Gåfællesskab');
    // Held where it was taken, and as big as the node on the canvas.
    await expect
      .poll(async () => {
        const box = (await copy.boundingBox())!;
        return Math.max(
          Math.abs(box.x - (from.x + to.x - start.x)),
          Math.abs(box.y - (from.y + to.y - start.y)),
          Math.abs(box.width - from.width),
          Math.abs(box.height - from.height),
        );
      })
      .toBeLessThan(1.5);
  }
  await expect(dropTarget).toHaveAttribute('data-cell', 'folkeoplysende/mellem');
  // The node itself stays where it was while its copy moves, and the copy carries none of the
  // data attributes that find nodes, flags and partnerships in the page.
  expect(await gaa.boundingBox()).toEqual(from);
  await expect(ghost.locator('[data-testid], [data-partnership-id], [data-quadrant]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(ghost).toBeHidden();
  await expect(dropTarget).toBeHidden();
  await page.mouse.up();
  await expect(node(page, 'Gåfællesskab')).toHaveAttribute('data-quadrant', '4');
  expect(await node(page, 'Gåfællesskab').boundingBox()).toEqual(from);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  // Nothing was selected either.
  await expect(page.getByTestId('matrix-side-panel')).toBeHidden();
});

test('a node dragged to the edge of a zoomed-in canvas pans it, to reach a cell out of view', async ({
  page,
}) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  const from = (await gaa.boundingBox())!;
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const viewport = page.locator('.react-flow__viewport');
  const panX = async () =>
    viewport.evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).m41);
  // Zoom in on the node with the wheel, as a consultant does to read the nodes.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await gaa.boundingBox())!.width).toBeGreaterThan(from.width * 1.5);
  const zoomed = (await gaa.boundingBox())!;
  const before = await panX();

  await takeHold(page, zoomed);
  // Held just inside the right edge: the canvas keeps panning to show more of the right.
  await page.mouse.move(canvas.x + canvas.width - 8, zoomed.y + zoomed.height / 2, { steps: 8 });
  await expect.poll(panX).toBeLessThan(before - 100);
  const panned = await panX();
  await expect.poll(panX).toBeLessThan(panned);
  // Away from the edge it stops.
  await page.mouse.move(canvas.x + canvas.width / 2, zoomed.y + zoomed.height / 2, { steps: 4 });
  const stopped = await panX();
  await page.waitForTimeout(300);
  expect(await panX()).toBe(stopped);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.getByTestId('drag-ghost')).toBeHidden();
  await expect(node(page, 'Gåfællesskab')).toHaveAttribute('data-quadrant', '4');
});

test('a drag whose release is lost (the window loses focus) ends without a move', async ({ page }) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  const from = (await gaa.boundingBox())!;
  const start = await takeHold(page, from);
  await page.mouse.move(start.x + 60, start.y + 20, { steps: 5 });
  await expect(page.getByTestId('drag-ghost')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect(page.getByTestId('drag-ghost')).toBeHidden();
  await expect(page.getByTestId('drop-target')).toBeHidden();
  await page.mouse.up();
  await expect(page.getByRole('alertdialog')).toBeHidden();
  expect(await gaa.boundingBox()).toEqual(from);
  // The next drag works as usual.
  await takeHold(page, from);
  await page.mouse.move(start.x + 60, start.y + 20, { steps: 5 });
  await expect(page.getByTestId('drag-ghost')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.getByTestId('drag-ghost')).toBeHidden();
});

test('a click on a node selects it without moving it', async ({ page }) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  const from = (await gaa.boundingBox())!;
  await gaa.click();
  await expect(page.getByTestId('matrix-side-panel')).toContainText('Gåfællesskab');
  await expect(page.getByTestId('drag-ghost')).toBeHidden();
  await expect(page.getByRole('alertdialog')).toBeHidden();
  expect(await gaa.boundingBox()).toEqual(from);
});

test('a selected node moves with the arrow keys and stays where it is put', async ({ page }) => {
  await openView(page, '#/matrix');
  const gaa = node(page, 'Gåfællesskab');
  const from = (await gaa.boundingBox())!;
  await page.locator('.react-flow__node').filter({ hasText: 'Gåfællesskab' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('matrix-side-panel')).toContainText('Gåfællesskab');
  // 20 units: the node's centre stays in its cell (a node is 200 wide, 12 from the lane's edge).
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await gaa.boundingBox())!.x - from.x).toBeGreaterThan(4);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await page.reload();
  await expect
    .poll(async () => (await node(page, 'Gåfællesskab').boundingBox())!.x - from.x)
    .toBeGreaterThan(4);
  await expect(node(page, 'Gåfællesskab')).toHaveAttribute('data-quadrant', '4');
});

test('a selected node stays on the canvas when Backspace or Delete is pressed', async ({ page }) => {
  await openView(page, '#/matrix');
  const nodes = page.getByTestId('matrix-node');
  await expect(nodes.first()).toBeVisible();
  const count = await nodes.count();
  await page.locator('.react-flow__node').filter({ hasText: 'Gåfællesskab' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('matrix-side-panel')).toContainText('Gåfællesskab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  // React Flow removes a node a few frames after the key: give it them.
  for (let frame = 0; frame < 5; frame++) {
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
  }
  await expect(node(page, 'Gåfællesskab')).toBeVisible();
  await expect(nodes).toHaveCount(count);
});

test("the canvas's controls and keyboard help speak Danish", async ({ page }) => {
  await openView(page, '#/matrix');
  await expect(page.getByTestId('matrix-node').first()).toBeVisible();
  for (const name of ['Zoom ind', 'Zoom ud', 'Vis hele matrixen']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  const described = page.locator('.react-flow__node').first();
  const help = await described.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${help!.split(' ')[0]!}"]`)).toContainText('piletasterne');
});

test('in a narrow window the side panel of a selected partnership keeps its button whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openView(page, '#/matrix');
  await node(page, 'Gåfællesskab').click();
  const open = page.getByTestId('matrix-side-panel').getByRole('button', { name: 'Åbn samarbejdet' });
  await expect(open).toBeVisible();
  // The panel scrolls rather than squeezing its parts (the button was squashed to 10 px).
  expect((await open.boundingBox())!.height).toBeGreaterThanOrEqual(28);
});
