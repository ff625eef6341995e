import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openView } from './support/app';

test('the start screen shows the portfolio at a glance and opens the register narrowed', async ({ page }) => {
  await openView(page, '');
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeVisible();
  const quadrantOne = page.locator('[data-testid=overview-quadrant][data-quadrant="1"]');
  const shown = Number((await quadrantOne.locator('span').first().textContent()) ?? '0');
  expect(shown).toBeGreaterThan(0);

  await expect(page.locator('[data-testid=attention-item][data-flag=boerneattest_mangler]')).toContainText(
    'Børneattest mangler',
  );
  await quadrantOne.click();
  await expect(page.getByRole('heading', { name: 'Samarbejder' })).toBeVisible();
  await expect(page.getByLabel('Kvadrant', { exact: true })).toHaveValue('1');
  await expect(page.getByText(`Viser ${String(shown)} af`)).toBeVisible();

  await openView(page, '#/overblik');
  await page
    .locator('[data-testid=attention-item][data-flag=boerneattest_mangler]')
    .getByRole('link')
    .click();
  await expect(page.getByLabel('Advarsler', { exact: true })).toHaveValue('boerneattest_mangler');
  await expect(page.getByTestId('partnership-row').first().getByTestId('flag').first()).toBeVisible();
});

test('the overview has no serious accessibility problems', async ({ page }) => {
  await openView(page, '#/overblik');
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeVisible();
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('saves the portfolio report as a Word document', async ({ page }) => {
  await openView(page, '#/overblik');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Oversigtsrapport (Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Oversigt over samarbejder - \d{4}-\d{2}-\d{2}\.docx$/);
  const fs = await import('node:fs');
  expect(
    fs
      .readFileSync(await file.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});
