import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { bodyText } from '../main/testing/docx';
import { defaultYearPlan, formatDateLong, formatDateShort } from '../shared/domain';
import { openView } from './support/app';
import { fieldsOutside } from './support/layout';

/** The year the tests plan: after the demo's meetings, so its meetings come last. */
const YEAR = Math.max(2027, new Date().getFullYear() + 1);
/** The dates "Opret årets fire møder" gives: the year's first meeting is still to come. */
const [FIRST, SECOND] = defaultYearPlan(YEAR).map((m) => m.date) as [string, string];
const SCREENSHOTS = process.env.SAMSPIL_SCREENSHOTS ?? '';

// One story on one register: the member added first chairs the meeting planned next.
test.describe.configure({ mode: 'serial' });

/** A picture of the whole view for a person to look at (the app scrolls inside <main>, so grow the window). */
async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1400, height: 2200 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  if (size) await page.setViewportSize(size);
}

async function save(page: Page, button: Locator): Promise<Download> {
  const download = page.waitForEvent('download');
  await button.click();
  return download;
}

function agendaItem(page: Page, title: string): Locator {
  return page.getByTestId('agenda-item').filter({ has: page.getByRole('heading', { name: title }) });
}

/** The item's row in the agenda list: the drag handle sits beside the item's card. */
function agendaRow(page: Page, title: string): Locator {
  return page
    .getByRole('list', { name: 'Dagsordenens punkter' })
    .locator(':scope > li')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

async function addMember(
  page: Page,
  values: { name: string; organisation: string; seat: string; segment?: string },
) {
  await page.getByRole('button', { name: 'Tilføj medlem' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt medlem' });
  await dialog.getByLabel('Navn').fill(values.name);
  await dialog.getByLabel('Organisation').fill(values.organisation);
  await dialog.getByLabel('Plads').selectOption({ label: values.seat });
  if (values.segment) await dialog.getByLabel('Segment').selectOption({ label: values.segment });
  await dialog.getByRole('button', { name: 'Gem medlem' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('member-row').filter({ hasText: values.name })).toBeVisible();
}

test('a member with bad input gets Danish messages at the fields and keeps what was typed', async ({
  page,
}) => {
  await openView(page, '#/foelgegruppe');
  await page.getByRole('button', { name: 'Tilføj medlem' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt medlem' });
  await dialog.getByLabel('Organisation').fill('Ældre Sagen Faaborg');
  await dialog.getByLabel('Valgt den').fill('2026-01-08');
  await dialog.getByLabel('Valgperioden slutter').fill('2025-12-31');
  await dialog.getByRole('button', { name: 'Gem medlem' }).click();
  await expect(dialog.getByText('Skriv medlemmets navn.')).toBeVisible();
  await expect(dialog.getByText('Valgperioden slutter før valgdatoen. Ret en af dem.')).toBeVisible();
  await expect(dialog.getByLabel('Organisation')).toHaveValue('Ældre Sagen Faaborg');
  await expect(dialog.getByLabel('Valgt den')).toHaveValue('2026-01-08');

  await dialog.getByLabel('Navn').fill('Inger Holm');
  await dialog.getByLabel('Plads').selectOption({ label: 'Valgt på Nytårskuren' });
  await dialog.getByLabel('Segment').selectOption({ label: 'Ældre' });
  await dialog.getByLabel('Valgperioden slutter').fill('2027-12-31');
  // Every field fits in the dialog, in the usual window and in a narrow one.
  const fields = Object.fromEntries(
    [
      'Navn',
      'Organisation',
      'Rolle',
      'Plads',
      'Segment',
      'Valgt den',
      'Valgperioden slutter',
      'E-mail',
      'Telefon',
      'Noter',
    ].map((label) => [label, dialog.getByLabel(label)]),
  );
  const usual = page.viewportSize();
  for (const size of [usual, { width: 1024, height: 768 }]) {
    if (size) await page.setViewportSize(size);
    await expect.poll(() => fieldsOutside(dialog, fields)).toEqual([]);
  }
  if (usual) await page.setViewportSize(usual);
  await dialog.getByRole('button', { name: 'Gem medlem' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('member-row').filter({ hasText: 'Inger Holm' });
  await expect(row).toContainText('Ældre Sagen Faaborg');
  await expect(row).toContainText('Valgt på Nytårskuren');
  await expect(row).toContainText('31.12.2027');
  await screenshot(page, 'followup-group');
});

test('plans a meeting, builds and records it, exports agenda and minutes, and rolls the action item forward', async ({
  page,
}) => {
  await openView(page, '#/foelgegruppe');
  await addMember(page, {
    name: 'Karsten Møller',
    organisation: 'Faaborg-Midtfyn Kommune',
    seat: 'Kommunal',
  });

  // The year plan: four meetings in one click, none of them held yet.
  await openView(page, `#/foelgegruppe?fane=aarsplan&aar=${String(YEAR)}`);
  await expect(page.getByRole('heading', { name: `Årsplan ${String(YEAR)}` })).toBeVisible();
  await page.getByRole('button', { name: 'Opret årets fire møder' }).click();
  await expect(page.getByTestId('meeting-card')).toHaveCount(4);
  await screenshot(page, 'followup-year');
  await expect(page.getByTestId('meeting-card').nth(1)).toContainText('med Socialudvalget');
  await page.getByRole('button', { name: `Åbn mødet ${formatDateLong(FIRST)}` }).click();
  await expect(page.getByRole('heading', { name: `Møde ${formatDateLong(FIRST)}` })).toBeVisible();
  // Minutes of a meeting still to come cannot be approved.
  await expect(page.getByRole('button', { name: 'Godkend referat …' })).toBeDisabled();

  // Plan it: a wrong end time is refused at the field, and what was typed stays.
  await page.getByRole('button', { name: 'Ret mødeoplysninger' }).click();
  const details = page.getByRole('dialog', { name: 'Ret mødeoplysninger' });
  // Every field fits in the dialog, in the usual window and in a narrow one.
  const fields = Object.fromEntries(
    ['Dato', 'Fra kl.', 'Til kl.', 'Sted', 'Mødeleder', 'Referent', 'Gæster'].map((label) => [
      label,
      details.getByLabel(label),
    ]),
  );
  fields['Mødet holdes'] = details.getByRole('group', { name: 'Mødet holdes' });
  const usual = page.viewportSize();
  for (const size of [usual, { width: 1024, height: 768 }]) {
    if (size) await page.setViewportSize(size);
    await expect.poll(() => fieldsOutside(details, fields)).toEqual([]);
  }
  if (usual) await page.setViewportSize(usual);
  await details.getByLabel('Sted').fill('Frivilligcenteret, mødelokale 2');
  await details.getByLabel('Fra kl.').fill('16:00');
  await details.getByLabel('Til kl.').fill('15:00');
  await details.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(
    details.getByText('Mødet slutter før det begynder. Ret start- eller sluttidspunktet.'),
  ).toBeVisible();
  await expect(details.getByLabel('Sted')).toHaveValue('Frivilligcenteret, mødelokale 2');
  await details.getByLabel('Til kl.').fill('18:00');
  await details.getByLabel('Mødeleder').selectOption({ label: 'Inger Holm (Ældre Sagen Faaborg)' });
  await details.getByLabel('Referent').selectOption({ label: 'Karsten Møller (Faaborg-Midtfyn Kommune)' });
  await details.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(details).toBeHidden();
  const facts = page.getByRole('region', { name: 'Mødet' });
  await expect(facts).toContainText('kl. 16.00–18.00');
  await expect(facts).toContainText('Inger Holm');

  // The agenda: the standing items are there; add an item and the portfolio pack.
  await expect(page.getByTestId('agenda-item').first()).toContainText('1. Godkendelse af dagsorden');
  await page.getByLabel('Nyt punkt', { exact: true }).fill('Status på demenscaféen');
  await page.getByLabel('Type for nyt punkt').selectOption({ label: '(D) Drøftelse' });
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(agendaItem(page, '3. Status på demenscaféen')).toBeVisible();
  await page.getByLabel('Nyt punkt', { exact: true }).fill('Nytårskuren');
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(agendaItem(page, '4. Nytårskuren')).toBeVisible();
  await page.getByRole('button', { name: 'Tilføj porteføljepunkt' }).click();
  await expect(page.getByTestId('portfolio-pack')).toBeVisible();

  // Reorder by keyboard (Alt+↑ on the item) and by mouse (drag the handle).
  await agendaItem(page, '4. Nytårskuren').getByRole('button', { name: 'Rediger punkt 4' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agendaItem(page, '3. Nytårskuren')).toBeVisible();
  await expect(agendaItem(page, '4. Status på demenscaféen')).toBeVisible();
  await agendaRow(page, '4. Status på demenscaféen')
    .getByTestId('drag-handle')
    .dragTo(agendaRow(page, '3. Nytårskuren'));
  await expect(agendaItem(page, '3. Status på demenscaféen')).toBeVisible();
  await expect(agendaItem(page, '4. Nytårskuren')).toBeVisible();

  // Item 3: a decision with a linked partnership and an action item.
  const item = agendaItem(page, '3. Status på demenscaféen');
  await item.getByRole('button', { name: 'Rediger punkt 3' }).click();
  await item.getByLabel('Type', { exact: true }).selectOption({ label: '(B) Beslutning' });
  await item.getByLabel('Baggrund').fill('Aftalen med Frivilligcenteret udløber til sommer.');
  const search = item.getByRole('combobox', { name: 'Søg efter et samarbejde at tilknytte' });
  await search.click();
  await search.pressSequentially('Demenscaf');
  await page
    .getByRole('option', { name: /Demenscaféen/ })
    .first()
    .click();
  await expect(
    item.getByRole('listbox', { name: 'Valgte samarbejder' }).or(item.getByLabel('Valgte samarbejder')),
  ).toContainText('Demenscaféen');
  await item.getByLabel('Beslutning').fill('Følgegruppen anbefaler at forlænge aftalen med et år.');
  await item.getByRole('button', { name: 'Gem punkt' }).click();
  await expect(item.getByRole('button', { name: 'Gem punkt' })).toBeDisabled();
  await item
    .getByLabel('Nyt handlingspunkt', { exact: true })
    .fill('Send udkast til ny aftale til Frivilligcenteret');
  await item.getByLabel('Ansvarlig').selectOption({ label: 'Inger Holm' });
  await item.getByLabel('Frist').fill(`${String(YEAR)}-04-01`);
  await item.getByRole('button', { name: 'Tilføj' }).click();
  await expect(page.getByRole('list', { name: 'Handlingsliste for mødet' })).toContainText(
    'Send udkast til ny aftale til Frivilligcenteret',
  );
  // A changed deadline is kept and ends up in the minutes.
  await page
    .getByRole('list', { name: 'Handlingsliste for mødet' })
    .getByRole('button', { name: 'Ret «Send udkast til ny aftale til Frivilligcenteret»' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Ret handlingspunkt' });
  await edit.getByLabel('Frist').fill(`${String(YEAR)}-04-15`);
  await edit.getByRole('button', { name: 'Gem' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('list', { name: 'Handlingsliste for mødet' })).toContainText(
    `Frist: 15.4.${String(YEAR)}`,
  );
  await item.getByRole('button', { name: 'Luk punkt 3' }).click();
  await expect(item).toContainText('Følgegruppen anbefaler at forlænge aftalen med et år.');
  await expect(item.getByText('Demenscaféen', { exact: true })).toBeVisible();

  // Attendance.
  await page.getByLabel('Fremmøde for Inger Holm').selectOption({ label: 'Til stede' });
  await page.getByLabel('Fremmøde for Karsten Møller').selectOption({ label: 'Afbud' });
  await expect(page.getByRole('region', { name: 'Fremmøde' })).toContainText('1 til stede · 1 afbud');
  await screenshot(page, 'followup-meeting');

  // Word: the agenda before, the minutes after.
  const agenda = await save(page, page.getByRole('button', { name: 'Dagsorden (Word)' }));
  expect(agenda.suggestedFilename()).toBe(`Dagsorden - Følgegruppen - ${FIRST}.docx`);
  const agendaText = bodyText(await agenda.path());
  expect(agendaText).toContain('Status på demenscaféen');
  expect(agendaText).toContain('Aftalen med Frivilligcenteret udløber til sommer.');
  const minutes = await save(page, page.getByRole('button', { name: 'Referat (Word)' }));
  expect(minutes.suggestedFilename()).toBe(`Referat - Følgegruppen - ${FIRST}.docx`);
  const minutesText = bodyText(await minutes.path());
  expect(minutesText).toContain('Følgegruppen anbefaler at forlænge aftalen med et år.');
  expect(minutesText).toContain('Send udkast til ny aftale til Frivilligcenteret');
  expect(minutesText).toContain('Karsten Møller');
  expect(minutesText).toContain(`15.4.${String(YEAR)}`);
  if (SCREENSHOTS) await minutes.saveAs(`${SCREENSHOTS}/followup-referat.docx`);

  // The next meeting shows the open action item under item 2.
  await page.getByRole('button', { name: `Næste møde (${formatDateShort(SECOND)})` }).click();
  await expect(page.getByRole('heading', { name: `Møde ${formatDateLong(SECOND)}` })).toBeVisible();
  const followUp = page.locator('[data-testid=agenda-item][data-standing=opfoelgning]');
  await expect(followUp).toContainText('2. Opfølgning på referat fra sidste møde');
  await expect(
    followUp.getByRole('list', { name: 'Åbne handlingspunkter fra tidligere møder' }),
  ).toContainText('Send udkast til ny aftale til Frivilligcenteret');
});

test('approved minutes are locked until they are reopened with a reason', async ({ page }) => {
  // The demo's September meeting is held but its minutes are not approved yet.
  await openView(page, '#/foelgegruppe?fane=aarsplan&aar=2026');
  await page.getByRole('button', { name: 'Åbn mødet 10. september 2026' }).click();
  await page.getByRole('button', { name: 'Godkend referat …' }).click();
  await page
    .getByRole('dialog', { name: 'Godkend referatet' })
    .getByRole('button', { name: 'Godkend og lås' })
    .click();
  await expect(page.getByTestId('minutes-locked')).toContainText('Referatet er godkendt');
  await expect(page.getByRole('button', { name: 'Ret mødeoplysninger' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toHaveCount(0);
  await expect(page.getByLabel(/^Fremmøde for /).first()).toBeDisabled();
  await screenshot(page, 'followup-locked');

  await page.getByRole('button', { name: 'Genåbn referat …' }).click();
  const reopen = page.getByRole('dialog', { name: 'Genåbn referatet' });
  await reopen.getByRole('button', { name: 'Genåbn referatet' }).click();
  await expect(
    reopen.getByText('Skriv kort, hvorfor referatet genåbnes. Det gemmes i loggen.'),
  ).toBeVisible();
  await reopen.getByLabel('Begrundelse').fill('Et navn var stavet forkert.');
  await reopen.getByRole('button', { name: 'Genåbn referatet' }).click();
  await expect(reopen).toBeHidden();
  await expect(page.getByTestId('minutes-locked')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toBeVisible();
});

test('the følgegruppe views have no serious accessibility problems', async ({ page }) => {
  const problems = async () =>
    (await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await openView(page, '#/foelgegruppe');
  await expect(page.getByRole('heading', { name: /Medlemmer/ })).toBeVisible();
  expect(await problems()).toEqual([]);
  await openView(page, `#/foelgegruppe?fane=aarsplan&aar=${String(YEAR)}`);
  await page.getByRole('button', { name: `Åbn mødet ${formatDateLong(FIRST)}` }).click();
  await expect(page.getByRole('heading', { name: 'Dagsorden', exact: true })).toBeVisible();
  expect(await problems()).toEqual([]);
});

test("in a narrow window an opened agenda item's form stays in the agenda, beside the meeting's facts", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openView(page, '#/foelgegruppe?fane=aarsplan');
  await page.getByRole('button', { name: 'Åbn mødet' }).last().click();
  const item = page.getByTestId('agenda-item').first();
  await item.getByRole('button', { name: /^Rediger punkt/ }).click();
  const fields = {
    'Nyt handlingspunkt': item.getByLabel('Nyt handlingspunkt'),
    Frist: item.getByLabel('Frist'),
    Tilføj: item.getByRole('button', { name: 'Tilføj', exact: true }),
    'Gem punkt': item.getByRole('button', { name: 'Gem punkt' }),
  };
  await expect(fields['Gem punkt']).toBeVisible();
  expect(await fieldsOutside(item, fields)).toEqual([]);
  const facts = (await page.getByRole('region', { name: 'Mødet' }).boundingBox())!;
  const box = (await item.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(facts.x);
});
