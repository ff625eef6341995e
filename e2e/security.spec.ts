import { expect, test, type Page } from '@playwright/test';
import type { Partnership } from '../shared/api';
import { documentXml, textOf } from '../main/testing/docx';
import { api, openView } from './support/app';
import { findRow } from './support/register';

// Everything a user types is shown as text, never run as HTML: in the register, the record, the
// matrix and the Word documents. The markup below would set window.__xss if it ever ran.
const TITLE = '<img src=x onerror="window.__xss=1">Kaffeklub';
const PARTNER = '<script>window.__xss=2</script>Forening & Co';
const NOTES = '<iframe src="https://example.com"></iframe><b onmouseover="window.__xss=3">fed</b>';

/** No injected element exists and no injected script ran. */
async function expectNothingInjected(page: Page) {
  await expect(page.locator('img[src="x"], iframe, b[onmouseover]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
}

let created: Partnership;

test.beforeAll(async ({ request }) => {
  created = await api<Partnership>(request, 'partnerships.create', {
    title: TITLE,
    partner: PARTNER,
    volunteerType: 'faellesskab',
    involvement: 'mellem',
    notes: NOTES,
  });
});

test.afterAll(async ({ request }) => {
  await api(request, 'partnerships.delete', { id: created.id });
});

test('markup typed into a partnership is shown as text in the register, the record and the matrix', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await openView(page, '#/samarbejder');
  const row = await findRow(page, 'Kaffeklub');
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText(PARTNER);
  await expectNothingInjected(page);

  await row.getByRole('button', { name: `Rediger ${TITLE}` }).click();
  const form = page.getByRole('dialog', { name: 'Rediger samarbejde' });
  await expect(form.getByLabel('Titel')).toHaveValue(TITLE);
  await expectNothingInjected(page);
  await form.getByRole('button', { name: 'Annuller' }).click();

  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.getByTestId('matrix-node').filter({ hasText: 'Kaffeklub' })).toContainText(TITLE);
  await expectNothingInjected(page);
  await page.screenshot({ path: '/tmp/security-matrix.png' });
  expect(dialogs).toEqual([]);
});

test('markup typed into a partnership is escaped text in the Word agreement', async ({ request }) => {
  const generated = await api<{ contentBase64: string }>(request, 'agreements.generate', { id: created.id });
  const xml = documentXml(Buffer.from(generated.contentBase64, 'base64'));
  expect(xml).toContain('&lt;img src=x onerror=');
  expect(xml).toContain('&lt;script&gt;window.__xss=2&lt;/script&gt;Forening &amp; Co');
  expect(xml).not.toMatch(/<img|<script|<iframe/);
  // Still well-formed XML: the text did not break out of its run.
  const text = textOf(xml);
  expect(text).toMatch(/&lt;img src=x onerror=(&quot;|")window\.__xss=1(&quot;|")&gt;Kaffeklub/);
});
