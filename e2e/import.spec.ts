import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openView } from './support/app';

test('imports a spreadsheet through the preview, explains the rejected row, and the rows can be filtered', async ({
  page,
}) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-import-'));
  const file = path.join(folder, 'frivilligregneark.csv');
  fs.writeFileSync(
    file,
    [
      'Titel;Samarbejdspartner;Frivillig type;Kommunal involvering;Center;Startdato;Beløb;Bydel',
      'Importeret besøgsven;Importforeningen;Humanitær forening;Høj grad;Center for Børn og Voksne;01.02.2026;45.000 kr.;Nord',
      'Importeret gåtur;Importforeningen;Fællesskab;lav grad af kommunal involvering;;07.03.2026;;Syd',
      'Importeret fejl;Importforeningen;Klub;Lav;;31.02.2026;;',
    ].join('\r\n'),
  );

  await openView(page, '#/samarbejder');
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Importér samarbejder fra regneark' });
  await dialog.getByLabel('Vælg fil til import').setInputFiles(file);

  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '2 oprettes, 0 opdateres, 0 findes allerede, 1 afvises.',
  );
  const rejected = dialog.locator('[data-testid=import-row][data-action=reject]');
  await expect(rejected).toContainText('4');
  await expect(rejected).toContainText('Frivillig type: Ukendt frivillig type «Klub»');
  await expect(rejected).toContainText('Startdato: Datoen 31.02.2026 findes ikke.');
  await expect(dialog.getByText('Gemmes som ekstra felter: Bydel.')).toBeVisible();
  await expect(
    dialog.locator('[data-testid=import-row][data-action=create]').first().getByTestId('quadrant'),
  ).toHaveText('Kvadrant 1');

  await dialog.getByRole('button', { name: 'Importér 2 rækker' }).click();
  await expect(dialog.getByTestId('import-result')).toContainText('2 samarbejder er importeret');
  await expect(dialog.getByRole('button', { name: 'Hent afviste rækker' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Luk' }).click();

  await page.getByLabel('Søg i samarbejder').fill('importeret');
  const rows = page.getByTestId('partnership-row');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Kvadrant', { exact: true }).selectOption({ label: 'Kvadrant 4' });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Importeret gåtur');

  // Importing the same file again creates no duplicates.
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await dialog.getByLabel('Vælg fil til import').setInputFiles(file);
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '0 oprettes, 0 opdateres, 2 findes allerede, 1 afvises.',
  );
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('exports the register as a spreadsheet download', async ({ page }) => {
  await openView(page, '#/samarbejder');
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Excel \(\.xlsx\)/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Samarbejder \d{4}-\d{2}-\d{2}\.xlsx$/);
  const content = fs.readFileSync(await file.path());
  expect(content.subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByRole('menuitem')).toHaveCount(0);

  // Narrowed by a search, the export takes what is on screen, and the menu says how many.
  await page.getByLabel('Søg i samarbejder').fill('importeret');
  const rows = page.getByTestId('partnership-row');
  await expect(rows).toHaveCount(2);
  const shown = await rows.locator('[role=cell]:first-child').allTextContents();
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const csv = page.getByRole('menuitem', { name: 'CSV (.csv) – de 2 viste samarbejder' });
  const narrowedDownload = page.waitForEvent('download');
  await csv.click();
  const lines = fs
    .readFileSync(await (await narrowedDownload).path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(3);
  for (const title of shown) expect(lines.some((line) => line.includes(title))).toBe(true);

  // A search that finds nothing says so where the table would be, and there is nothing to export.
  await page.getByLabel('Søg i samarbejder').fill('zzzqqq');
  await expect(page.getByText('Ingen samarbejder matcher søgningen og filtrene.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('button', { name: 'Eksportér' }).click();
  await expect(page.getByRole('menuitem', { name: /^Excel \(\.xlsx\)/ })).toBeDisabled();
  await page.keyboard.press('Escape');
});

test('partners have their own list and details, and settings lists can be renamed', async ({ page }) => {
  await openView(page, '#/partnere');
  await expect(page.getByRole('heading', { name: 'Partnere' })).toBeVisible();
  await page.getByLabel('Søg i partnere').fill('zzzqqq');
  await expect(page.getByText('Ingen partnere matcher søgningen.')).toBeVisible();
  await expect(page.getByText(/^Viser 0 af \d+ partnere$/)).toBeVisible();
  await page.getByLabel('Søg i partnere').fill('');
  const row = page.getByTestId('organisation-row').filter({ hasText: 'Importforeningen' });
  await row.getByRole('button', { name: 'Åbn Importforeningen' }).click();
  const drawer = page.getByRole('dialog', { name: 'Importforeningen' });
  await expect(drawer.getByRole('list', { name: 'Partnerens samarbejder' })).toContainText(
    'Importeret gåtur',
  );
  await drawer.getByLabel('CVR-nummer').fill('12345678');
  await drawer.getByRole('button', { name: 'Gem' }).click();
  await expect(drawer.getByText('CVR-nummeret er ikke gyldigt.', { exact: false })).toBeVisible();
  await drawer.getByLabel('CVR-nummer').fill('10150817');
  await drawer.getByRole('button', { name: 'Gem' }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('tab', { name: 'Indstillinger' }).click();
  const goals = page.getByRole('region', { name: 'Strategimål' });
  await goals.getByLabel('Navn på Anerkendelse').fill('Anerkendelse af frivillige');
  await goals.getByRole('button', { name: 'Gem nyt navn for Anerkendelse' }).click();
  await expect(goals.getByLabel('Navn på Anerkendelse af frivillige')).toBeVisible();

  // Removing asks in the app's own dialog; Annuller keeps the item.
  await goals.getByRole('button', { name: 'Fjern Anerkendelse af frivillige' }).click();
  const remove = page.getByRole('alertdialog', { name: 'Fjern «Anerkendelse af frivillige»?' });
  await expect(remove).toBeVisible();
  await remove.getByRole('button', { name: 'Annuller' }).click();
  await expect(remove).toBeHidden();
  await expect(goals.getByLabel('Navn på Anerkendelse af frivillige')).toBeVisible();
  // Segments are used by the følgegruppe's members, not by partnerships.
  const segments = page.getByRole('region', { name: 'Følgegruppens segmenter' });
  await expect(segments.getByTestId('segments-item').first()).toBeVisible();
  await expect(segments).not.toContainText('samarbejde');
});

test('takes a backup now and restores it, with the current register kept first', async ({ page }) => {
  await openView(page, '#/indstillinger');
  const section = page.getByRole('region', { name: 'Sikkerhedskopier' });
  const rows = section.getByTestId('backup-row');
  // Browser mode took the day's automatic backup at start; wait for the list before counting.
  await expect(rows.filter({ hasText: 'Daglig' })).toHaveCount(1);
  const before = await rows.count();
  await section.getByRole('button', { name: 'Tag backup nu' }).click();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('Manuel');

  // The app's own dialog asks first; Annuller leaves the register as it is.
  await rows.first().getByRole('button', { name: 'Gendan' }).click();
  const confirm = page.getByRole('alertdialog', { name: /^Gendan registret fra / });
  await expect(confirm).toContainText('Det nuværende register gemmes først');
  await confirm.getByRole('button', { name: 'Annuller' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows.filter({ hasText: 'Før gendannelse' })).toHaveCount(0);
  await rows.first().getByRole('button', { name: 'Gendan' }).click();
  await confirm.getByRole('button', { name: 'Gendan registret' }).click();
  await expect(page.getByText(/Registret er gendannet fra/).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Før gendannelse' })).toHaveCount(1);
});
