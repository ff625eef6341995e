import { expect, test } from '@playwright/test';
import { openView } from './support/app';
import { cellsOverflowing } from './support/layout';

/** The views' tables with the demo register's longest texts: partner names, labels, dates. */
const TABLES = [
  { view: '#/aftaler', table: 'Aftaler' },
  { view: '#/partnere', table: 'Partnere' },
  { view: '#/foelgegruppe', table: 'Medlemmer' },
  { view: '#/personer', table: 'Personer' },
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
