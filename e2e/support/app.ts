import type { Page } from '@playwright/test';

/** The address browser mode printed, token included. */
export function appUrl(hash = ''): string {
  const url = process.env.SAMSPIL_URL;
  if (!url) throw new Error('SAMSPIL_URL is not set: run the tests through playwright.config.ts');
  return `${url}${hash}`;
}

export async function openView(page: Page, hash: string): Promise<void> {
  await page.goto(appUrl(hash));
}
