import { expect, test } from '@playwright/test';
import { openView } from './support/app';
import { cellsOverflowing } from './support/layout';

/** The views' tables with the demo register's longest texts: partner names, labels, dates. */
const TABLES = [
  { view: '#/aftaler', table: 'Aftaler', pinnedActions: true },
  { view: '#/partnere', table: 'Partnere', pinnedActions: true },
  { view: '#/foelgegruppe', table: 'Medlemmer', pinnedActions: true },
  { view: '#/personer', table: 'Personer', pinnedActions: false },
];

for (const { view, table: name } of TABLES) {
  test(`every text of the table «${name}» stays inside its column, in a wide and in a narrow window`, async ({
    page,
  }) => {
    await openView(page, view);
    const table = page.getByRole('table', { name });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    for (const width of [1400, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await cellsOverflowing(table), `${String(width)} px`).toEqual([]);
      // Badges («Ikke angivet», «Udløbet») keep their text on one line, inside the pill.
      const badges = await table
        .locator('.fui-Badge')
        .evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
      for (const height of badges) expect(height, `${String(width)} px`).toBeLessThan(30);
      // Buttons keep their label on one line, and stay in the window when the table scrolls.
      const boxes = await table.getByRole('button').evaluateAll((buttons) =>
        buttons.slice(0, 3).map((b) => {
          const box = b.getBoundingClientRect();
          return { height: box.height, right: box.right };
        }),
      );
      for (const box of boxes) {
        expect(box.height, `${String(width)} px`).toBeLessThan(40);
        expect(box.right, `${String(width)} px`).toBeLessThanOrEqual(width);
      }
    }
  });
}

for (const { view, table: name } of TABLES.filter((t) => t.pinnedActions)) {
  test(`the pinned actions of «${name}» take the row's colour and, scrolled to the end, cover no column`, async ({
    page,
  }) => {
    await openView(page, view);
    await page.setViewportSize({ width: 1024, height: 700 });
    const table = page.getByRole('table', { name });
    const row = table.getByRole('row').nth(2);
    await row.hover();
    // Opaque in the hovered row's colour: the data scrolled beneath does not show through.
    const colours = await row.evaluate((r) =>
      [r, r.lastElementChild!].map((e) => getComputedStyle(e).backgroundColor),
    );
    expect(colours[1]).toBe(colours[0]);
    expect(colours[1]).toMatch(/^rgb\(/);
    await table.locator('xpath=..').evaluate((scroller) => scroller.scrollTo(scroller.scrollWidth, 0));
    const covered = await table.getByRole('row').evaluateAll((rows) =>
      rows
        .filter((r) => {
          const cells = [...r.children];
          return (
            cells.at(-2)!.getBoundingClientRect().right > cells.at(-1)!.getBoundingClientRect().left + 0.5
          );
        })
        .map((r) => r.textContent ?? ''),
    );
    expect(covered).toEqual([]);
  });
}

test('the register keeps every row inside the table, its actions in the window and its header over its columns', async ({
  page,
}) => {
  await openView(page, '#/samarbejder');
  const table = page.getByRole('table', { name: 'Samarbejder' });
  const scroller = page.getByTestId('register-scroll');
  await expect(table.getByTestId('partnership-row').first()).toBeVisible();
  for (const { width, height } of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    const at = `${String(width)} px`;
    await page.setViewportSize({ width, height });
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    // The columns at their narrowest fit the rows: nothing hangs outside a row.
    const overhang = await table
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.filter((r) => r.scrollWidth > r.clientWidth).map((r) => r.textContent ?? ''),
      );
    expect(overhang, at).toEqual([]);
    // The actions stay at the table's right edge, whole, the focused one too.
    const frame = (await scroller.boundingBox())!;
    const edit = table.getByRole('button', { name: /^Rediger / }).first();
    await edit.focus();
    for (const button of [edit, table.getByRole('button', { name: /^Slet / }).first()]) {
      const box = (await button.boundingBox())!;
      expect(box.x, at).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width, at).toBeLessThanOrEqual(Math.min(frame.x + frame.width, width));
    }
    // Scrolled sideways (and down), the header still stands over its columns.
    await scroller.evaluate((el) => el.scrollTo(200, 300));
    const [header, row] = await table
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.slice(0, 2).map((r) => [...r.children].map((c) => Math.round(c.getBoundingClientRect().left))),
      );
    expect(await scroller.evaluate((el) => el.scrollLeft), at).toBeGreaterThan(0);
    expect(row, at).toEqual(header);
  }
});
