import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { openView } from './support/app';

test('makes a Word agreement in one click, after saying what is missing, and remembers it', async ({
  page,
}) => {
  await openView(page, '#/aftaler');
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
  const xml = strFromU8(unzipSync(fs.readFileSync(await file.path()))['word/document.xml']!);
  expect(xml).toContain('Furesø Kommune');
  expect(xml).toContain('Tavshedspligt og underretningspligt');
  await expect(dialog.getByRole('list', { name: 'Tidligere udgaver' })).toContainText('Demenscaféen');
});
