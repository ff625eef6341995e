import type { APIRequestContext, Page } from '@playwright/test';

/** The address browser mode printed, token included. */
export function appUrl(hash = ''): string {
  const url = process.env.SAMSPIL_URL;
  if (!url) throw new Error('SAMSPIL_URL is not set: run the tests through playwright.config.ts');
  return `${url}${hash}`;
}

export async function openView(page: Page, hash: string): Promise<void> {
  await page.goto(appUrl(hash));
}

/**
 * Calls the API the way the page does (token included), to read or arrange data beside the clicks;
 * of the demo register's browser mode unless `address` (another browser mode's) is given.
 */
export async function api<T>(
  request: APIRequestContext,
  method: string,
  input: unknown = {},
  address = appUrl(),
): Promise<T> {
  const url = new URL(address);
  const response = await request.post(`${url.origin}/api/${method}`, {
    headers: { 'x-samspil-token': url.searchParams.get('token') ?? '' },
    data: input,
  });
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
