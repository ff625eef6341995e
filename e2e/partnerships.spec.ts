import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { appUrl, openView } from './support/app';
import { findRow, registerRow } from './support/register';

async function openTab(form: Locator, name: string) {
  await form.getByRole('tab', { name }).click();
}

async function fillNewPartnership(
  page: Page,
  values: { title: string; partner: string; type: string; involvement: 'Lav' | 'Mellem' | 'Høj' },
) {
  await page.getByRole('button', { name: 'Nyt samarbejde' }).click();
  const form = page.getByRole('dialog', { name: 'Nyt samarbejde' });
  await form.getByLabel('Titel').fill(values.title);
  await form.getByLabel('Partner').fill(values.partner);
  await form.getByLabel('Frivillig type').selectOption({ label: values.type });
  await openTab(form, 'Involvering');
  await form.getByRole('radio', { name: values.involvement, exact: true }).check();
  return form;
}

async function createPartnership(page: Page, values: Parameters<typeof fillNewPartnership>[1]) {
  const form = await fillNewPartnership(page, values);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await expect(await findRow(page, values.title)).toHaveCount(1);
}

test('creates a partnership through the form, shows its quadrant, and keeps it after a reload', async ({
  page,
}) => {
  await openView(page, '#/samarbejder');
  const form = await fillNewPartnership(page, {
    title: 'Demenscafé i Frivillighuset',
    partner: 'Ældre Sagen',
    type: 'Humanitær forening',
    involvement: 'Høj',
  });
  // The form says which quadrant the choice gives before anything is saved.
  await expect(form.getByRole('region', { name: 'Kvadrant og opmærksomhedspunkter' })).toContainText(
    'Kvadrant 1',
  );
  await openTab(form, 'Grundoplysninger');
  await form.getByLabel('Enhed').selectOption({ label: 'Center for Sundhed og Seniorliv' });
  await openTab(form, 'Aftale og økonomi');
  await form.getByLabel('Aftaletype').selectOption({ label: 'Samarbejdsaftale' });
  await form.getByLabel('Startdato').fill('2026-01-01');
  await form.getByLabel('Slutdato').fill('2028-12-31');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();

  const created = await findRow(page, 'Demenscafé i Frivillighuset');
  await expect(created).toContainText('Ældre Sagen');
  await expect(created.getByTestId('quadrant')).toHaveText('Kvadrant 1');
  await expect(created).toContainText('1.1.2026 – 31.12.2028');

  await page.reload();
  await expect((await findRow(page, 'Demenscafé i Frivillighuset')).getByTestId('quadrant')).toHaveText(
    'Kvadrant 1',
  );
});

test('an invalid form shows Danish messages next to the fields and keeps what was typed', async ({
  page,
}) => {
  await openView(page, '#/samarbejder');
  await page.getByRole('button', { name: 'Nyt samarbejde' }).click();
  const form = page.getByRole('dialog', { name: 'Nyt samarbejde' });
  await form.getByLabel('Titel').fill('Klaverspil på plejecentret');
  await openTab(form, 'Aftale og økonomi');
  await form.getByLabel('Startdato').fill('2026-06-01');
  await form.getByLabel('Slutdato').fill('2026-05-01');
  await form.getByLabel('Beløb (kr.)').fill('mange penge');
  await form.getByRole('button', { name: 'Gem' }).click();

  await expect(form.getByRole('alert').filter({ hasText: 'Samarbejdet er ikke gemt' })).toBeVisible();
  // The open section shows its messages, and every section says how many problems it has.
  await expect(form.getByText('Slutdatoen ligger før startdatoen. Ret en af dem.')).toBeVisible();
  await expect(form.getByText('Beløbet skal være et tal mellem 0 og 1.000.000.000 kr.')).toBeVisible();
  await expect(form.getByLabel('Startdato')).toHaveValue('2026-06-01');
  await expect(form.getByRole('tab', { name: /Grundoplysninger.*2 fejl/ })).toBeVisible();
  await openTab(form, 'Grundoplysninger');
  await expect(
    form.getByText('Skriv navnet på partneren (forening, fællesskab eller person).'),
  ).toBeVisible();
  await expect(form.getByText('Vælg en frivillig type.')).toBeVisible();
  await expect(form.getByLabel('Titel')).toHaveValue('Klaverspil på plejecentret');
  await openTab(form, 'Aftale og økonomi');

  // Fixing the fields saves the very same typing.
  await form.getByLabel('Slutdato').fill('2026-12-01');
  await form.getByLabel('Beløb (kr.)').fill('12.500');
  await openTab(form, 'Grundoplysninger');
  await form.getByLabel('Partner').fill('Jens Hansen');
  await form.getByLabel('Frivillig type').selectOption({ label: 'Enkeltperson' });
  await openTab(form, 'Involvering');
  await form.getByRole('radio', { name: 'Lav', exact: true }).check();
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect((await findRow(page, 'Klaverspil på plejecentret')).getByTestId('quadrant')).toHaveText(
    'Kvadrant 4',
  );
});

test('the checklist suggests a level, a different choice needs a reason, and the history shows the reclassification', async ({
  page,
}) => {
  await openView(page, '#/samarbejder');
  await createPartnership(page, {
    title: 'Madklub for seniorer',
    partner: 'Hjemmeplejens frivillige',
    type: 'Fællesskab',
    involvement: 'Mellem',
  });
  await expect((await findRow(page, 'Madklub for seniorer')).getByTestId('quadrant')).toHaveText(
    'Kvadrant 2',
  );

  await (
    await findRow(page, 'Madklub for seniorer')
  )
    .getByRole('button', { name: 'Rediger Madklub for seniorer' })
    .click();
  const form = page.getByRole('dialog', { name: 'Rediger samarbejde' });
  await expect(form.getByLabel('Partner')).toHaveValue('Hjemmeplejens frivillige');
  await openTab(form, 'Involvering');
  await form.getByRole('checkbox', { name: 'Kommunen henviser borgere til aktiviteten' }).check();
  await expect(form.getByTestId('suggested-involvement')).toHaveText('Tjeklisten foreslår: Lav involvering');
  await form.getByRole('checkbox', { name: 'Kommunen har en eller flere faste kontaktpersoner' }).check();
  await expect(form.getByTestId('suggested-involvement')).toHaveText(
    'Tjeklisten foreslår: Mellem involvering',
  );
  await form.getByRole('radio', { name: 'Lav', exact: true }).check();
  await expect(form.getByRole('region', { name: 'Kvadrant og opmærksomhedspunkter' })).toContainText(
    'Kvadrant 4',
  );
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(
    form.getByText('Du har valgt et andet niveau end tjeklisten foreslår. Skriv kort hvorfor.'),
  ).toBeVisible();
  await form.getByLabel('Begrundelse for at vælge et andet niveau').fill('Kontaktpersonen stopper ved nytår');
  await form.getByLabel('Begrundelse for ændringen').fill('Aftalt på dialogmødet');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await expect((await findRow(page, 'Madklub for seniorer')).getByTestId('quadrant')).toHaveText(
    'Kvadrant 4',
  );

  await (
    await findRow(page, 'Madklub for seniorer')
  )
    .getByRole('button', { name: 'Rediger Madklub for seniorer' })
    .click();
  await openTab(page.getByRole('dialog'), 'Historik');
  const entries = page.getByTestId('history-entry');
  await expect(entries.filter({ hasText: 'Kvadrant: Kvadrant 2 → Kvadrant 4' })).toContainText(
    'Aftalt på dialogmødet',
  );
  await expect(entries.filter({ hasText: 'Kommunal involvering: Mellem → Lav' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Oprettet' })).toHaveCount(1);
});

/** Types into a date input's segments the way a user does (fill refuses a date that does not exist). */
async function typeDate(input: Locator, digits: string) {
  await input.focus();
  await input.page().keyboard.type(digits);
}

async function createWithEndDate(page: Page, title: string, endDate: string) {
  const form = await fillNewPartnership(page, {
    title,
    partner: 'Frivilligcentret',
    type: 'Fællesskab',
    involvement: 'Lav',
  });
  await openTab(form, 'Aftale og økonomi');
  await form.getByLabel('Slutdato').fill(endDate);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
}

async function editPartnership(page: Page, title: string) {
  await (await findRow(page, title)).getByRole('button', { name: `Rediger ${title}` }).click();
  return page.getByRole('dialog', { name: 'Rediger samarbejde' });
}

test('a date that does not exist is refused, not saved as an empty date', async ({ page }) => {
  await openView(page, '#/samarbejder');
  await createWithEndDate(page, 'Strikkeklub i biblioteket', '2026-12-31');

  let form = await editPartnership(page, 'Strikkeklub i biblioteket');
  await openTab(form, 'Aftale og økonomi');
  const endDate = form.getByLabel('Slutdato');
  await typeDate(endDate, '02312027');
  await expect(endDate).toHaveJSProperty('validity.badInput', true);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Datoen findes ikke. Ret den, eller slet den helt.')).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Samarbejdet er ikke gemt' })).toBeVisible();
  // What was typed stays for the user to correct.
  await expect(endDate).toHaveJSProperty('validity.badInput', true);

  // Saved from another tab, the form goes back to the field.
  await openTab(form, 'Grundoplysninger');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByRole('tab', { name: 'Aftale og økonomi', selected: true })).toBeVisible();
  await expect(form.getByText('Datoen findes ikke. Ret den, eller slet den helt.')).toBeVisible();

  await form.getByRole('button', { name: 'Annuller' }).click();
  await page
    .getByRole('alertdialog', { name: 'Kassér ændringerne?' })
    .getByRole('button', { name: 'Kassér' })
    .click();
  await expect(form).toBeHidden();

  await page.reload();
  form = await editPartnership(page, 'Strikkeklub i biblioteket');
  await openTab(form, 'Aftale og økonomi');
  await expect(form.getByLabel('Slutdato')).toHaveValue('2026-12-31');
  await openTab(form, 'Historik');
  await expect(page.getByTestId('history-entry').filter({ hasText: 'Oprettet' })).toHaveCount(1);
  await expect(page.getByTestId('history-entry').filter({ hasText: 'Slutdato' })).toHaveCount(0);
});

test('a date cleared on purpose is saved as no date', async ({ page }) => {
  await openView(page, '#/samarbejder');
  await createWithEndDate(page, 'Læsegruppe på plejehjemmet', '2026-12-31');

  let form = await editPartnership(page, 'Læsegruppe på plejehjemmet');
  await openTab(form, 'Aftale og økonomi');
  await form.getByLabel('Slutdato').clear();
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();

  form = await editPartnership(page, 'Læsegruppe på plejehjemmet');
  await openTab(form, 'Aftale og økonomi');
  await expect(form.getByLabel('Slutdato')).toHaveValue('');
  await openTab(form, 'Historik');
  await expect(
    page.getByTestId('history-entry').filter({ hasText: 'Slutdato: 31.12.2026 → (tom)' }),
  ).toHaveCount(1);
});

test('Esc, a click beside the form and Annuller ask before throwing typing away', async ({ page }) => {
  await openView(page, '#/samarbejder');
  const form = page.getByRole('dialog', { name: 'Nyt samarbejde' });
  const question = page.getByRole('alertdialog', { name: 'Kassér ændringerne?' });

  // Nothing typed: closes at once.
  await page.getByRole('button', { name: 'Nyt samarbejde' }).click();
  await form.getByLabel('Titel').focus();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(question).toBeHidden();

  await page.getByRole('button', { name: 'Nyt samarbejde' }).click();
  await form.getByLabel('Titel').fill('Cykeltur for beboere');
  await page.keyboard.press('Escape');
  await expect(question).toContainText('Det, du har skrevet, bliver ikke gemt.');
  await question.getByRole('button', { name: 'Fortsæt redigeringen' }).click();
  await expect(question).toBeHidden();
  await expect(form.getByLabel('Titel')).toHaveValue('Cykeltur for beboere');

  // A click beside the panel asks too.
  await page.mouse.click(20, 450);
  await question.getByRole('button', { name: 'Fortsæt redigeringen' }).click();
  await expect(form.getByLabel('Titel')).toHaveValue('Cykeltur for beboere');

  await form.getByRole('button', { name: 'Annuller' }).click();
  await question.getByRole('button', { name: 'Kassér' }).click();
  await expect(form).toBeHidden();
  await expect(await findRow(page, 'Cykeltur for beboere')).toHaveCount(0);
});

test('deletes only after confirmation', async ({ page }) => {
  await openView(page, '#/samarbejder');
  await createPartnership(page, {
    title: 'Juletræsfest',
    partner: 'Røde Kors',
    type: 'Humanitær forening',
    involvement: 'Lav',
  });
  await (await findRow(page, 'Juletræsfest')).getByRole('button', { name: 'Slet Juletræsfest' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Slet samarbejde?' });
  await confirm.getByRole('button', { name: 'Annuller' }).click();
  await expect(await findRow(page, 'Juletræsfest')).toHaveCount(1);

  await (await findRow(page, 'Juletræsfest')).getByRole('button', { name: 'Slet Juletræsfest' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Slet' }).click();
  await expect(await findRow(page, 'Juletræsfest')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Samarbejder' })).toBeVisible();
  await expect(await findRow(page, 'Juletræsfest')).toHaveCount(0);
});

test('searches as you type, filters by quadrant, and sorts the Danish way', async ({ page }) => {
  await openView(page, '#/samarbejder');
  for (const title of ['Åbent værksted', 'Zumba for seniorer', 'Ældrebesøg']) {
    await createPartnership(page, {
      title,
      partner: 'Sorteringsforeningen',
      type: 'Fællesskab',
      involvement: 'Lav',
    });
  }
  await createPartnership(page, {
    title: 'Zoneterapi',
    partner: 'Sorteringsforeningen',
    type: 'Humanitær forening',
    involvement: 'Høj',
  });
  const search = page.getByLabel('Søg i samarbejder');
  await search.fill('sortering');
  const titles = page.getByTestId('partnership-row').locator('[role=cell]:first-child');
  await expect(titles).toHaveText(['Zoneterapi', 'Zumba for seniorer', 'Ældrebesøg', 'Åbent værksted']);
  await page.getByRole('button', { name: 'Titel' }).click();
  await expect(titles).toHaveText(['Åbent værksted', 'Ældrebesøg', 'Zumba for seniorer', 'Zoneterapi']);

  await page.getByLabel('Kvadrant', { exact: true }).selectOption({ label: 'Kvadrant 4' });
  await expect(titles).toHaveText(['Åbent værksted', 'Ældrebesøg', 'Zumba for seniorer']);
  await search.fill('sortering zum');
  await expect(titles).toHaveText(['Zumba for seniorer']);
  await page.getByRole('button', { name: 'Ryd filtre' }).click();
  await search.fill('');
  await expect(page.getByText(/samarbejder i registret/)).toBeVisible();
});

test('finds parts of compound words: "café" shows the cafés of the demo register', async ({ page }) => {
  await openView(page, '#/samarbejder');
  await page.getByLabel('Søg i samarbejder').fill('café');
  await expect(registerRow(page, 'Demenscaféen')).toHaveCount(1);
  await expect(registerRow(page, 'Lektiecafé')).toHaveCount(1);
});

test('every column heading of the register is shown in full, also with its sort arrow', async ({ page }) => {
  await openView(page, '#/samarbejder');
  const headings = page.getByRole('columnheader');
  await expect(headings.first()).toBeVisible();
  // A cut heading is wider inside than its cell shows (the cell ends it with an ellipsis).
  const cut = () =>
    headings.evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
    );
  for (const name of ['Involvering', 'Advarsler', 'Kvadrant', 'Status']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('columnheader', { name })).toHaveAttribute('aria-sort', 'ascending');
    expect(await cut()).toEqual([]);
  }
  // And the whole row fits the usual window: the actions at its end are in view without scrolling.
  const table = page.getByRole('table', { name: 'Samarbejder' });
  const overflow = await table.evaluate(
    (el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('every view is reachable from the navigation', async ({ page }) => {
  await openView(page, '');
  await page.getByRole('tab', { name: 'Følgegruppe' }).click();
  await expect(page.getByRole('heading', { name: /Følgegruppe/, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Handleplan' }).click();
  await expect(page.getByRole('heading', { name: 'Handleplan', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Samarbejder' }).click();
  await expect(page.getByRole('heading', { name: 'Samarbejder', level: 1 })).toBeVisible();
});

test('the API refuses calls without the token', async ({ request }) => {
  const origin = new URL(appUrl()).origin;
  const response = await request.post(`${origin}/api/partnerships.list`, { data: {} });
  expect(response.status()).toBe(401);
});

test('the register view and the form have no serious accessibility problems', async ({ page }) => {
  await openView(page, '#/samarbejder');
  await expect(page.getByRole('heading', { name: 'Samarbejder' })).toBeVisible();
  const serious = async () =>
    // Tabster's focus sentinels (Fluent UI) are aria-hidden but focusable by design: they hand
    // focus straight on, so axe's aria-hidden-focus finding on them is not a real barrier.
    (await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Nyt samarbejde' }).click();
  await page.getByRole('dialog', { name: 'Nyt samarbejde' }).getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('dialog').getByRole('alert').first()).toBeVisible();
  expect(await serious()).toEqual([]);
  await openTab(page.getByRole('dialog'), 'Involvering');
  expect(await serious()).toEqual([]);
});
