import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openView } from './support/app';

const NAME = 'Ingeborg Zylberstein';

async function createPartnershipWithContact(page: Page) {
  await openView(page, '#/samarbejder');
  await page.getByRole('button', { name: 'Nyt samarbejde' }).click();
  const form = page.getByRole('dialog', { name: 'Nyt samarbejde' });
  await form.getByLabel('Titel').fill('Besøgsvenner på Solgården');
  await form.getByLabel('Partner').fill('Røde Kors Frederiksberg');
  await form.getByLabel('Frivillig type').selectOption({ label: 'Humanitær forening' });
  await form.getByRole('tab', { name: 'Involvering' }).click();
  await form.getByRole('radio', { name: 'Lav', exact: true }).check();
  await form.getByRole('tab', { name: 'Kontakter' }).click();
  await form.getByRole('group', { name: 'Partnerens kontaktperson' }).getByLabel('Navn').fill(NAME);
  await form
    .getByRole('group', { name: 'Partnerens kontaktperson' })
    .getByLabel('Telefon')
    .fill('23 45 67 89');
  await form.getByRole('tab', { name: 'Noter' }).click();
  await form.getByLabel('Noter').fill(`${NAME} koordinerer. CPR 010190-1234`);
  await form.getByRole('button', { name: 'Gem' }).click();

  // Text that looks like a CPR number is stopped with a warning the user can act on.
  const warning = page.getByRole('alertdialog', { name: 'Ligner det et CPR-nummer?' });
  await expect(warning).toContainText('Noter');
  await page.screenshot({ path: '/tmp/persons-cpr-warning.png' });
  await warning.getByRole('button', { name: 'Ret teksten' }).click();
  await expect(form).toBeVisible();
  await form.getByLabel('Noter').fill(`${NAME} koordinerer besøgene.`);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
}

test('records the legal basis, exports everything about a person, erases them, and search finds nothing', async ({
  page,
}) => {
  await createPartnershipWithContact(page);

  await openView(page, '#/personer');
  const row = page.getByTestId('person-row').filter({ hasText: NAME });
  await expect(row).toContainText('Besøgsvenner på Solgården');
  await expect(row).toContainText('Ikke angivet');
  await page.screenshot({ path: '/tmp/persons-list.png' });
  await row.getByRole('button', { name: `Åbn ${NAME}` }).click();
  const panel = page.getByRole('dialog', { name: NAME });
  await panel.getByRole('radio', { name: /Samtykke/ }).check();
  await panel.getByLabel('Samtykke givet').fill('2026-01-05');
  await panel.getByRole('checkbox', { name: /oplyst om registreringen/ }).check();
  await panel.getByLabel('Oplyst den').fill('2026-01-06');
  await panel.getByRole('button', { name: 'Gem' }).click();
  await expect(row).toContainText('Samtykke (litra a)');
  await expect(row).toContainText('Ja, 6.1.2026');
  await page.screenshot({ path: '/tmp/persons-panel.png' });

  // The log names the changed fields and writes their values the Danish way.
  await panel.getByRole('button', { name: 'Luk' }).click();
  await expect(panel).toBeHidden();
  await page.getByRole('tab', { name: 'Logbog' }).click();
  const consent = page.getByTestId('audit-row').filter({ hasText: 'Samtykke givet' });
  await expect(consent.first()).toContainText('5.1.2026');
  await expect(page.getByTestId('audit-row').filter({ hasText: 'Retsgrundlag' }).first()).toContainText(
    'Samtykke (litra a)',
  );
  await expect(page.getByTestId('audit-row').filter({ hasText: 'consentDate' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Personer' }).last().click();
  await row.getByRole('button', { name: `Åbn ${NAME}` }).click();

  // Access: a JSON file and a Word document with everything about the person.
  const downloads: string[] = [];
  const saved: Promise<void>[] = [];
  page.on('download', (d) => {
    downloads.push(d.suggestedFilename());
    saved.push(d.path().then((p) => void downloads.push(fs.readFileSync(p, 'utf8').slice(0, 100_000))));
  });
  await panel.getByRole('button', { name: 'Eksportér alt om personen' }).click();
  await expect.poll(() => saved.length).toBe(2);
  await Promise.all(saved);
  expect(downloads).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Indsigt - Ingeborg Zylberstein - \d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^Indsigt - Ingeborg Zylberstein - \d{4}-\d{2}-\d{2}\.docx$/),
    ]),
  );
  const json = downloads.find((d) => d.startsWith('{'))!;
  expect(JSON.parse(json)).toMatchObject({
    person: { name: NAME, phone: '23 45 67 89', legalBasis: expect.stringContaining('Samtykke') },
    partnerships: [expect.objectContaining({ title: 'Besøgsvenner på Solgården' })],
    mentions: [expect.objectContaining({ field: 'Noter', text: `${NAME} koordinerer besøgene.` })],
  });

  // Erasure.
  await panel.getByRole('button', { name: 'Slet (anonymisér) …' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Slet ${NAME}?` });
  await confirm.getByRole('button', { name: 'Slet personen' }).click();
  await expect(confirm).toContainText('Skriv hvorfor');
  await confirm.getByLabel('Begrundelse').fill('Anmodning om sletning 24.11.2026');
  await page.screenshot({ path: '/tmp/persons-erase.png' });
  await confirm.getByRole('button', { name: 'Slet personen' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('person-row').filter({ hasText: NAME })).toHaveCount(0);

  // The log keeps that it happened, not who it was.
  await page.getByRole('tab', { name: 'Logbog' }).click();
  const erased = page.getByTestId('audit-row').filter({ hasText: 'Anonymiseret' });
  await expect(erased).toContainText('Anmodning om sletning 24.11.2026');
  await expect(page.getByTestId('audit-row').filter({ hasText: 'Zylberstein' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/persons-log.png', fullPage: true });
  await page.getByRole('tab', { name: 'Til sletning' }).click();
  await expect(page.getByText(/Afsluttede samarbejder \(\d+\)/)).toBeVisible();
  await page.screenshot({ path: '/tmp/persons-retention.png', fullPage: true });

  // Search finds nothing, in the register and among the persons.
  await openView(page, '#/samarbejder');
  await page.getByLabel('Søg i samarbejder').fill('Zylberstein');
  await expect(page.getByText('Ingen samarbejder matcher søgningen og filtrene.')).toBeVisible();
  await expect(page.getByTestId('partnership-row')).toHaveCount(0);
  await page.getByLabel('Søg i samarbejder').fill('Solgården');
  await expect(page.getByTestId('partnership-row')).toHaveCount(1);
  await expect(page.getByTestId('partnership-row')).not.toContainText('Zylberstein');
});

test('warns before a følgegruppe member is saved with something like a CPR number, and saves when told to', async ({
  page,
}) => {
  await openView(page, '#/foelgegruppe');
  await page.getByRole('button', { name: 'Tilføj medlem' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt medlem' });
  await dialog.getByLabel('Navn').fill('Vibeke Cpr-Advarsel');
  await dialog.getByLabel('Organisation').fill('Diabetesforeningen');
  await dialog.getByLabel('Plads').selectOption({ label: 'Valgt på Nytårskuren' });
  await dialog.getByLabel('Telefon').fill('12 34 56 78');
  await dialog.getByLabel('Noter').fill('Medlemsnr. 2902961234');
  await dialog.getByRole('button', { name: 'Gem medlem' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Ligner det et CPR-nummer?' });
  await expect(warning).toContainText('Noter');
  // Back to the form, which keeps what was typed; then save anyway.
  await warning.getByRole('button', { name: 'Ret teksten' }).click();
  await expect(dialog.getByLabel('Noter')).toHaveValue('Medlemsnr. 2902961234');
  await dialog.getByRole('button', { name: 'Gem medlem' }).click();
  await warning.getByRole('button', { name: 'Gem alligevel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('member-row').filter({ hasText: 'Vibeke Cpr-Advarsel' })).toBeVisible();

  // The new member is a person in Personer too.
  await openView(page, '#/personer');
  await expect(page.getByTestId('person-row').filter({ hasText: 'Vibeke Cpr-Advarsel' })).toContainText(
    'Medlemskab af følgegruppen',
  );
});

test('merges two records of the same person into one with both partnerships', async ({ page }) => {
  await openView(page, '#/personer');
  // Two partnerships name the same person under two partners: two records until merged.
  for (const [title, partner] of [
    ['Lektiehjælp i Nord', 'Dansk Flygtningehjælp'],
    ['Lektiehjælp i Syd', 'Red Barnet Ungdom'],
  ] as const) {
    const ok = await page.evaluate(
      async (input) => {
        const response = await fetch('/api/partnerships.create', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-samspil-token': sessionStorage.getItem('samspil.token') ?? '',
          },
          body: JSON.stringify(input),
        });
        return ((await response.json()) as { ok: boolean }).ok;
      },
      {
        title,
        partner,
        volunteerType: 'humanitaer',
        involvement: 'lav',
        partnerContact: { name: 'Mads Dobbelt', email: title.endsWith('Nord') ? 'mads@example.dk' : '' },
      },
    );
    expect(ok).toBe(true);
  }
  await page.reload();
  const rows = page.getByTestId('person-row').filter({ hasText: 'Mads Dobbelt' });
  await expect(rows).toHaveCount(2);
  await rows
    .filter({ hasText: 'Lektiehjælp i Nord' })
    .getByRole('button', { name: 'Åbn Mads Dobbelt' })
    .click();
  await page.getByRole('button', { name: 'Læg sammen med …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Læg sammen med Mads Dobbelt' });
  // The other record of the same name is proposed first.
  await expect(dialog.getByRole('combobox')).toHaveText(/Mads Dobbelt – Red Barnet Ungdom/);
  await page.screenshot({ path: '/tmp/persons-merge.png' });
  await dialog.getByRole('button', { name: 'Læg sammen' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Lektiehjælp i Nord');
  await expect(rows).toContainText('Lektiehjælp i Syd');
});
