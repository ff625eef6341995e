import { expect, type Locator, type Page } from '@playwright/test';

/** The register's row of the partnership titled `title` (among the rows in the DOM). */
export function registerRow(page: Page, title: string): Locator {
  return page.getByTestId('partnership-row').filter({ hasText: title });
}

/**
 * The list is virtualised: narrow it with the search box so the row is on screen. Waits until the
 * list shows the search's answer: rows are kept by place, so a row found in the list before the
 * answer moves when it arrives, and a click on it then lands on another row (a flake seen on CI).
 * For a title no other partnership mentions in a field the row does not show (notes, contacts).
 */
export async function findRow(page: Page, title: string): Promise<Locator> {
  await page.getByLabel('Søg i samarbejder').fill(title);
  await expect(page.getByTestId('partnership-row').filter({ hasNotText: title })).toHaveCount(0);
  return registerRow(page, title);
}
