import { expect, test, type Page } from '@playwright/test';
import { compareDanish } from '../shared/domain';
import { api } from './support/app';
import { generatedRegister } from './support/generatedRegister';

// A register far longer than the window.
const PARTNERSHIPS = 2_000;
const server = generatedRegister(PARTNERSHIPS);

/** Titles in the register's order (by title, the Danish way), of all rows or of a search's hits. */
async function sortedTitles(page: Page, query?: string): Promise<string[]> {
  const url = server().url;
  const all = await api<{ id: number; title: string }[]>(page.request, 'partnerships.list', {}, url);
  const hits =
    query === undefined
      ? null
      : new Set(await api<number[]>(page.request, 'partnerships.search', { query }, url));
  return all
    .filter((p) => hits === null || hits.has(p.id))
    .map((p) => p.title)
    .sort(compareDanish);
}

/** The rows in the page as [row number, title], checked to be one unbroken run. */
async function rowsInPage(page: Page): Promise<[number, string][]> {
  const rows = await page
    .getByTestId('partnership-row')
    .evaluateAll((elements) =>
      elements.map((e): [number, string] => [
        Number(e.getAttribute('aria-rowindex')),
        e.firstElementChild?.textContent ?? '',
      ]),
    );
  rows.forEach(([index], i) => expect(index).toBe(rows[0]![0] + i));
  return rows;
}

test('a long register scrolled half way shows the right rows, and a search there shows its first hits', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${server().url}#/samarbejder`);
  await expect(page.getByText('2.000 samarbejder i registret')).toBeVisible({ timeout: 60_000 });
  const titles = await sortedTitles(page);
  const scroller = page.getByTestId('register-scroll');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));

  // Row 1,000 of 2,000 is at the top of the view; row numbers count the heading as row 1.
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBe(1_000);
  const rows = await rowsInPage(page);
  expect(rows.length).toBeLessThanOrEqual(30);
  for (const [index, title] of rows) expect(title).toBe(titles[index - 2]);
  await expect(page.getByRole('table', { name: 'Samarbejder' })).toHaveAttribute('aria-rowcount', '2001');

  // A search from there keeps the rows' elements: it updates them rather than building new ones.
  await page
    .getByTestId('partnership-row')
    .evaluateAll((elements) => elements.forEach((e) => e.setAttribute('data-before-search', '')));
  await page.getByLabel('Søg i samarbejder').fill('d');
  const hitTitles = await sortedTitles(page, 'd');
  expect(hitTitles.length).toBeGreaterThan(30);
  expect(hitTitles.length).toBeLessThan(PARTNERSHIPS / 2);
  await expect(
    page.getByText(`Viser ${hitTitles.length.toLocaleString('da-DK')} af 2.000 samarbejder`),
  ).toBeVisible();
  // A new search starts from its top, not where the whole register was scrolled to.
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBe(2);
  await expect(scroller).toHaveJSProperty('scrollTop', 0);
  for (const [index, title] of await rowsInPage(page)) expect(title).toBe(hitTitles[index - 2]);
  await expect(page.locator('[data-testid=partnership-row]:not([data-before-search])')).toHaveCount(0);

  // Scrolled down in the hits, a change of order starts from the top again; clearing the search too.
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Titel', exact: true }).click();
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBe(2);
  expect((await rowsInPage(page))[0]![1]).toBe(hitTitles.at(-1));
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBeGreaterThan(2);
  await page.getByLabel('Søg i samarbejder').fill('');
  await expect(page.getByText('2.000 samarbejder i registret')).toBeVisible();
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBe(2);
  await expect(scroller).toHaveJSProperty('scrollTop', 0);

  // A save keeps the place: the list is the same, one of its rows changed.
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBe(1_000);
  await renameRow(page, 1_005);
  expect((await rowsInPage(page))[0]?.[0]).toBe(1_000);

  // So does removing a hit of a search: the search's answer comes again, one hit shorter.
  await page.getByLabel('Søg i samarbejder').fill('d');
  await expect(page.getByText(/^Viser [\d.]+ af 2.000 samarbejder$/)).toBeVisible();
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(async () => (await rowsInPage(page))[0]?.[0]).toBeGreaterThan(100);
  const [first] = (await rowsInPage(page))[0]!;
  await page
    .locator(`[data-testid=partnership-row][aria-rowindex="${String(first + 5)}"]`)
    .getByRole('button', { name: /^Slet/ })
    .click();
  const answeredAgain = Promise.all(
    ['partnerships.list', 'partnerships.search'].map((method) =>
      page.waitForResponse((r) => r.url().includes(method)),
    ),
  );
  await page.getByRole('alertdialog').getByRole('button', { name: 'Slet' }).click();
  await answeredAgain;
  await expect(page.getByText(/^Viser [\d.]+ af 1.999 samarbejder$/)).toBeVisible();
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
  expect((await rowsInPage(page))[0]?.[0]).toBe(first);
});

/** Renames the partnership in row `index` (counting the heading as row 1) and waits until it shows. */
async function renameRow(page: Page, index: number) {
  const row = page.locator(`[data-testid=partnership-row][aria-rowindex="${String(index)}"]`);
  const title = (await row.locator('[role=cell]').first().textContent())!;
  await row.getByRole('button', { name: /^Rediger/ }).click();
  const form = page.getByRole('dialog', { name: 'Rediger samarbejde' });
  await form.getByLabel('Titel').fill(`${title} (ny)`);
  await form.getByLabel('Begrundelse for ændringen').fill('Nyt navn');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('partnership-row').filter({ hasText: `${title} (ny)` })).toBeVisible();
}
