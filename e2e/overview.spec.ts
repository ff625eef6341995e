import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { ActionItem, MeetingSummary, Partnership } from '../shared/api';
import { endsInMonth, formatDateLong } from '../shared/domain';
import { api, openView } from './support/app';

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

test("lists the følgegruppe's overdue action items and next meeting, as the register holds them", async ({
  page,
  request,
}) => {
  const overdue = await api<ActionItem[]>(request, 'actionItems.overdue');
  const next = await api<MeetingSummary | null>(request, 'meetings.next');
  await openView(page, '#/overblik');
  const actions = page.locator('[data-testid=attention-item][data-flag=overdue_actions]');
  if (overdue.length === 0) await expect(actions).toHaveCount(0);
  else
    await expect(actions.getByRole('link').first()).toHaveText(
      `Handlingspunkter over fristen: ${String(overdue.length)}`,
    );
  const meeting = page.locator('[data-testid=attention-item][data-flag=next_meeting]');
  if (next === null) {
    await expect(meeting).toHaveCount(0);
    return;
  }
  await expect(meeting.getByRole('link')).toHaveText(`Næste følgegruppemøde: ${formatDateLong(next.date)}`);
  await meeting.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/foelgegruppe\\?moede=${String(next.id)}$`));
});

test('each month of the end-date timeline opens the register narrowed to the agreements ending then', async ({
  page,
  request,
}) => {
  const rows = await api<Partnership[]>(request, 'partnerships.list');
  await openView(page, '#/overblik');
  const month = page.getByTestId('timeline-month').first();
  const href = (await month.getAttribute('href')) ?? '';
  const key = new URLSearchParams(href.split('?')[1]).get('endsIn') ?? '';
  const expected = rows.filter((p) => endsInMonth(p, key)).length;
  expect(expected).toBeGreaterThan(0);
  await expect(month).toHaveAttribute('aria-label', new RegExp(`: ${String(expected)} udløber$`));
  await page.screenshot({ path: test.info().outputPath('overblik.png'), fullPage: true });
  await month.click();
  await expect(page.getByRole('heading', { name: 'Samarbejder' })).toBeVisible();
  await expect(page.getByLabel('Udløber', { exact: true })).toHaveValue(key);
  await expect(page.getByText(`Viser ${String(expected)} af`)).toBeVisible();
});

test('the bar charts show their labels whole, long unit names too', async ({ page }) => {
  await openView(page, '#/overblik');
  for (const width of [1600, 1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByTestId('overview-bar').first()).toBeVisible();
    const cut = await page.getByTestId('overview-bar').evaluateAll((bars) =>
      bars
        .map((bar) => bar.firstElementChild!)
        .filter((label) => label.scrollWidth > label.clientWidth || label.scrollHeight > label.clientHeight)
        .map((label) => label.textContent ?? ''),
    );
    expect(cut, `${String(width)} px`).toEqual([]);
  }
});
