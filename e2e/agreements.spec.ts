import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { fieldsOfPartnership, type Partnership } from '../shared/api';
import { bodyText, documentXml } from '../main/testing/docx';
import { api, openView } from './support/app';

test('makes a Word agreement in one click, after saying what is missing, and remembers it', async ({
  page,
}) => {
  await openView(page, '#/aftaler');
  await page.getByLabel('Søg i aftaler').fill('zzzqqq');
  await expect(page.getByText('Ingen aftaler matcher søgningen og filtrene.')).toBeVisible();
  await page.getByLabel('Søg i aftaler').fill('');
  const row = page.getByTestId('agreement-row').filter({ hasText: 'Demenscaféen' });
  await row.getByRole('button', { name: 'Lav aftale for Demenscaféen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Samarbejdsaftale' });
  await expect(dialog.getByTestId('agreement-missing')).toContainText('kommunens navn (Indstillinger)');
  await dialog.getByRole('button', { name: 'Luk' }).click();

  await page.getByRole('tab', { name: 'Indstillinger' }).click();
  const documents = page.getByRole('region', { name: 'Dokumenter' });
  await documents.getByLabel('Kommunens navn').fill('Furesø Kommune');
  await documents.getByRole('button', { name: 'Gem dokumentindstillinger' }).click();
  await expect(page.getByText('Dokumentindstillingerne er gemt').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Aftaler' }).click();
  await row.getByRole('button', { name: 'Lav aftale for Demenscaféen' }).click();
  await expect(dialog.getByText('Alle oplysninger er på plads.')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Lav aftalen i Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Samarbejdsaftale - Frivilligcenteret - Demenscaféen - \d{4}-\d{2}-\d{2}\.docx$/,
  );
  const xml = documentXml(await file.path());
  expect(xml).toContain('Furesø Kommune');
  expect(xml).toContain('Tavshedspligt og underretningspligt');
  await expect(dialog.getByRole('list', { name: 'Tidligere udgaver' })).toContainText('Demenscaféen');
});

test('shows what changed in the record since the last exported agreement', async ({ page, request }) => {
  const all = await api<Partnership[]>(request, 'partnerships.list', {});
  const cafe = all.find((p) => p.title === 'Demenscaféen')!;
  await api(request, 'partnerships.update', {
    id: cafe.id,
    fields: { ...fieldsOfPartnership(cafe), purpose: 'Et trygt og hyggeligt mødested.' },
  });
  await openView(page, '#/aftaler');
  await page
    .getByTestId('agreement-row')
    .filter({ hasText: 'Demenscaféen' })
    .getByRole('button', { name: 'Lav aftale for Demenscaféen' })
    .click();
  const changes = page.getByRole('table', { name: 'Ændret siden sidste udgave' });
  await expect(changes.getByRole('row').filter({ hasText: 'Formål' })).toContainText(
    'Et trygt og hyggeligt mødested.',
  );
  await page.screenshot({ path: '/tmp/agreements-changes.png' });
});

test('fills the municipality’s own template, placeholders split by Word included, after flagging a misspelled one', async ({
  page,
}, testInfo) => {
  // A real .docx to start from: Samspil's own agreement, its body replaced the way Word stores a
  // placeholder that was edited: split over runs with spelling marks between them.
  const all = await api<Partnership[]>(page.request, 'partnerships.list', {});
  const cafe = all.find((p) => p.title === 'Demenscaféen')!;
  const own = await api<{ contentBase64: string }>(page.request, 'agreements.generate', {
    id: cafe.id,
    useTemplate: false,
  });
  const files = unzipSync(Buffer.from(own.contentBase64, 'base64'));
  files['word/document.xml'] = strToU8(
    strFromU8(files['word/document.xml']!).replace(
      /<w:body>[\s\S]*?(<w:sectPr)/,
      '<w:body><w:p><w:r><w:t xml:space="preserve">Aftale om {{</w:t></w:r><w:proofErr w:type="spellStart"/>' +
        '<w:r><w:rPr><w:b/></w:rPr><w:t>ti</w:t></w:r><w:r><w:t>tel}} med {{partner}}</w:t></w:r>' +
        '<w:proofErr w:type="spellEnd"/></w:p><w:p><w:r><w:t>Formål: {{formål}}</w:t></w:r></w:p>$1',
    ),
  );
  const template = testInfo.outputPath('Kommunens skabelon.docx');
  fs.writeFileSync(template, zipSync(files));

  await openView(page, '#/indstillinger');
  const documents = page.getByRole('region', { name: 'Dokumenter' });
  await documents.getByLabel('Vælg Word-skabelon').setInputFiles(template);
  await expect(documents.getByTestId('template-name')).toContainText('Kommunens skabelon.docx');
  const found = documents.getByRole('list', { name: 'Pladsholdere i skabelonen' });
  await expect(found).toContainText(
    '{{titel}} – samarbejdets titel (Word har delt den op; den udfyldes alligevel)',
  );
  await expect(documents.getByTestId('template-problems')).toContainText('Mente du {{formaal}}?');
  await documents.getByRole('group', { name: 'Kommunens egen skabelon' }).screenshot({
    path: '/tmp/agreements-template-settings.png',
  });

  await page.getByRole('tab', { name: 'Aftaler' }).click();
  await page
    .getByTestId('agreement-row')
    .filter({ hasText: 'Demenscaféen' })
    .getByRole('button', { name: 'Lav aftale for Demenscaféen' })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Aftalen laves i kommunens skabelon Kommunens skabelon.docx');
  await expect(dialog.getByTestId('agreement-template-problems')).toContainText('{{formål}}');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Lav aftalen/ }).click();
  const text = bodyText(await (await download).path());
  expect(text).toContain('Aftale om Demenscaféen med Frivilligcenteret');
  expect(text).toContain('Formål: {{formål}}');
  await dialog.getByRole('button', { name: 'Luk' }).click();

  await page.getByRole('tab', { name: 'Indstillinger' }).click();
  await documents.getByRole('button', { name: 'Fjern skabelonen' }).click();
  await expect(documents.getByTestId('template-name')).toHaveCount(0);
});

test('makes the agreements of a filtered set in one go, with progress, into one zip', async ({ page }) => {
  await openView(page, '#/aftaler');
  const rows = page.getByTestId('agreement-row');
  // Counted only once the list is there: before it loads, the filter narrows an empty list.
  await expect(rows.first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Kvadrant' }).selectOption('3');
  await expect(
    page.locator('[data-testid=agreement-row] [data-testid=quadrant]:not([data-quadrant="3"])'),
  ).toHaveCount(0);
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await page.getByRole('button', { name: `Lav aftaler for de viste (${String(count)})` }).click();
  const dialog = page.getByRole('dialog', { name: 'Lav aftaler for de viste samarbejder' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Lav ${String(count)} aftale` }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/^Aftaler - \d{4}-\d{2}-\d{2}\.zip$/);
  const entries = Object.keys(unzipSync(fs.readFileSync(await zip.path())));
  expect(entries).toHaveLength(count);
  expect(
    entries.every((e) =>
      /^(Samarbejdsaftale|Partnerskabsaftale) - .* - \d{4}-\d{2}-\d{2}( \(\d+\))?\.docx$/.test(e),
    ),
  ).toBe(true);
  await expect(dialog.getByTestId('bulk-result')).toContainText(`${String(count)} aftale`);
  await page.screenshot({ path: '/tmp/agreements-bulk.png' });
});

test('goes from what the agreement lacks to the record, and back to the agreement', async ({ page }) => {
  await openView(page, '#/aftaler');
  await page.getByRole('button', { name: 'Lav aftale for Besøgsvenner i daginstitutioner' }).click();
  const missing = page.getByTestId('agreement-missing');
  await expect(missing).toContainText('formål');
  await page.getByRole('button', { name: 'Udfyld i samarbejdet' }).click();
  const form = page.getByRole('dialog').filter({ has: page.getByLabel('Formål') });
  await form.getByLabel('Formål').fill('Børn og ældre mødes over leg og højtlæsning.');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await expect(missing).toBeVisible();
  await expect(missing).not.toContainText('formål');
  await expect(page.getByTestId('agreement-changes')).toContainText('Børn og ældre mødes');
});

test('keeps every saved wording of a standard clause, with its date, to take back', async ({ page }) => {
  await openView(page, '#/indstillinger');
  const documents = page.getByRole('region', { name: 'Dokumenter' });
  const clause = documents.getByLabel('Standardtekst: Opsigelse');
  await clause.fill('Aftalen kan opsiges af begge parter med seks måneders varsel.');
  await documents.getByRole('button', { name: 'Gem dokumentindstillinger' }).click();
  await expect(page.getByText('Dokumentindstillingerne er gemt').first()).toBeVisible();
  await documents.getByText('Gemte udgaver af opsigelse (1)').click();
  const versions = documents.getByRole('list', { name: 'Gemte udgaver af opsigelse' });
  await expect(versions).toContainText('seks måneders varsel');
  await documents.getByRole('button', { name: 'Brug standardteksten' }).click();
  await expect(clause).toHaveValue(/tre måneders varsel/);
  await documents.getByRole('button', { name: 'Gem dokumentindstillinger' }).click();
  await expect(documents.getByText('Gemte udgaver af opsigelse (2)')).toBeVisible();
  await documents.screenshot({ path: '/tmp/agreements-documents.png' });
});

test('stops a bulk export on Annullér and still saves the agreements already made', async ({ page }) => {
  // Each agreement takes a moment here, so there is time to cancel between two of them.
  await page.route('**/api/agreements.generate', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await openView(page, '#/aftaler');
  await expect(page.getByTestId('agreement-row').first()).toBeVisible();
  const count = await page.getByTestId('agreement-row').count();
  expect(count).toBeGreaterThan(3);
  await page.getByRole('button', { name: `Lav aftaler for de viste (${String(count)})` }).click();
  const dialog = page.getByRole('dialog', { name: 'Lav aftaler for de viste samarbejder' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Lav ${String(count)} aftaler` }).click();
  await expect(dialog.getByText(`Laver aftale 2 af ${String(count)}`)).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(dialog.getByTestId('bulk-result')).toContainText('Stoppet.');
  const entries = Object.keys(unzipSync(fs.readFileSync(await (await download).path())));
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.length).toBeLessThan(count);
  await expect(dialog.getByTestId('bulk-result')).toContainText(`${String(entries.length)} aftale`);
});

test('the agreement dialog keeps its buttons on one line, in a wide and in a narrow window', async ({
  page,
}) => {
  await openView(page, '#/aftaler');
  for (const { width, height } of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize({ width, height });
    await page.getByRole('button', { name: 'Lav aftale for Besøgsvenner i daginstitutioner' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: /^Lav aftalen/ })).toBeEnabled();
    const heights = await dialog
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    for (const h of heights) expect(h, `${String(width)} px`).toBeLessThan(40);
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(dialog).toBeHidden();
  }
});
