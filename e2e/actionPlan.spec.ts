import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { documentXml } from '../main/testing/docx';
import { openView } from './support/app';

test('creates a plan, adds efforts with statuses, carries it over and exports the status overview', async ({
  page,
}) => {
  // A period no other run has used: the register is shared by the whole e2e run (and its retry).
  const year = 2100 + Math.floor(Math.random() * 800);
  const period = String(year);
  const next = String(year + 1);
  await openView(page, '#/handleplan');
  await expect(page.getByRole('heading', { name: 'Handleplan', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Ny handleplan' }).click();
  const create = page.getByRole('dialog', { name: 'Ny handleplan' });
  await create.getByLabel('Periode').fill(period);
  await expect(create.getByLabel('Navn')).toHaveValue(`Handleplan ${period}`);
  await create.getByRole('button', { name: 'Opret handleplan' }).click();
  await expect(page.getByRole('heading', { name: `Handleplan ${period}`, level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`^${period}`) })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Goals: one from the municipality's own list, and a new one.
  await page.getByRole('button', { name: 'Tilføj strategimål' }).click();
  let goalDialog = page.getByRole('dialog', { name: 'Tilføj strategimål' });
  await goalDialog.getByLabel('Strategimål').selectOption({ label: 'Respekt og tillid' });
  await goalDialog.getByRole('button', { name: 'Tilføj' }).click();
  await page.getByRole('button', { name: 'Tilføj strategimål' }).click();
  goalDialog = page.getByRole('dialog', { name: 'Tilføj strategimål' });
  await goalDialog.getByLabel('Strategimål').selectOption({ label: 'Skriv et nyt strategimål …' });
  await goalDialog.getByLabel('Nyt strategimål').fill('Frivillighed i nærmiljøet');
  await goalDialog.getByRole('button', { name: 'Tilføj' }).click();
  const goals = page.getByTestId('plan-goal');
  await expect(goals).toHaveCount(2);
  await expect(goals.nth(1)).toContainText('Strategimål 2: Frivillighed i nærmiljøet');

  // Two efforts under the first goal: one to carry on, one done.
  await goals.nth(0).getByRole('button', { name: 'Tilføj indsats' }).click();
  let effort = page.getByRole('dialog', { name: 'Ny indsats' });
  await effort.getByLabel('Indsats').fill('Frivilligfest');
  await effort.getByLabel('Fokusområde').fill('Anerkendelse af de frivillige');
  await effort.getByLabel(`Status for ${period}`).selectOption({ label: 'Videreføres' });
  await effort.getByLabel(`Statustekst for ${period}`).fill('Festen blev holdt i juni med 120 frivillige.');
  const picker = effort.getByRole('combobox', { name: 'Søg efter et samarbejde at tilknytte' });
  await picker.click();
  await picker.pressSequentially('Demens');
  await page
    .getByRole('option', { name: /Demenscaféen/ })
    .first()
    .click();
  await expect(
    effort.getByRole('listbox', { name: 'Valgte samarbejder' }).or(effort.getByLabel('Valgte samarbejder')),
  ).toContainText('Demenscaféen');
  await effort.getByRole('button', { name: 'Gem' }).click();
  await expect(effort).toBeHidden();

  await goals.nth(0).getByRole('button', { name: 'Tilføj indsats' }).click();
  effort = page.getByRole('dialog', { name: 'Ny indsats' });
  await effort.getByRole('button', { name: 'Gem' }).click();
  await expect(effort.getByText('Skriv indsatsens navn.')).toBeVisible();
  await effort.getByLabel('Indsats').fill('Nyhedsbrev');
  await effort.getByLabel(`Status for ${period}`).selectOption({ label: 'Gennemført' });
  await effort.getByRole('button', { name: 'Gem' }).click();
  await expect(effort).toBeHidden();

  const fest = page.getByRole('listitem', { name: 'Frivilligfest', exact: true });
  await expect(fest.getByTestId('effort-state')).toHaveText('Videreføres');
  await expect(fest).toContainText('Samarbejder: Demenscaféen');
  await expect(
    page.getByRole('listitem', { name: 'Nyhedsbrev', exact: true }).getByTestId('effort-state'),
  ).toHaveText('Gennemført');

  // Carry on: only the effort marked videreføres goes along, with its earlier status visible.
  await page.getByRole('button', { name: 'Viderefør til næste plan' }).click();
  const carry = page.getByRole('dialog', { name: 'Viderefør til næste plan' });
  await expect(carry.getByRole('list', { name: 'Indsatser der videreføres' })).toHaveText('Frivilligfest');
  await expect(carry.getByLabel('Ny periode')).toHaveValue(next);
  await expect(carry.getByLabel('Navn på den nye handleplan')).toHaveValue(`Handleplan ${next}`);
  await carry.getByRole('button', { name: 'Viderefør' }).click();
  await expect(page.getByRole('heading', { name: `Handleplan ${next}`, level: 2 })).toBeVisible();
  await expect(page.getByTestId('plan-goal')).toHaveCount(2);
  const carried = page.getByRole('listitem', { name: 'Frivilligfest', exact: true });
  await expect(carried.getByTestId('effort-state')).toHaveText('I gang');
  await expect(carried.getByTestId('effort-earlier')).toHaveText(
    `Videreført fra ${period}: Festen blev holdt i juni med 120 frivillige.`,
  );
  await expect(page.getByRole('listitem', { name: 'Nyhedsbrev', exact: true })).toHaveCount(0);

  await carried.getByRole('button', { name: 'Rediger Frivilligfest' }).click();
  const edit = page.getByRole('dialog', { name: 'Frivilligfest' });
  await expect(edit.getByRole('region', { name: 'Tidligere perioder' })).toContainText(
    'Festen blev holdt i juni med 120 frivillige.',
  );
  await expect(edit.getByLabel(`Statustekst for ${next}`)).toHaveValue('');
  await edit.getByRole('button', { name: 'Annuller' }).click();

  // Back to the earlier plan, and its status overview in Word.
  await page.getByRole('link', { name: `handleplan ${period}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Handleplan ${period}`, level: 2 })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Frivilligfest', exact: true })).toContainText(
    `handleplan ${next}`,
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Statusoversigt (Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^Statusoversigt - Handleplan ${period} - \\d{4}-\\d{2}-\\d{2}\\.docx$`),
  );
  const xml = documentXml(await file.path());
  expect(xml).toContain('Strategimål og fokusområde');
  expect(xml).toContain('Strategimål 1: Respekt og tillid');
  expect(xml).toContain('Festen blev holdt i juni med 120 frivillige.');
  expect(xml).toContain(`Indsatsen videreføres i handleplan ${next}.`);

  // Deleting asks in the app's own dialog: Annuller keeps the effort, Slet removes it.
  const news = page.getByRole('listitem', { name: 'Nyhedsbrev', exact: true });
  await news.getByRole('button', { name: 'Rediger Nyhedsbrev' }).click();
  const newsDialog = page.getByRole('dialog', { name: 'Nyhedsbrev' });
  await newsDialog.getByRole('button', { name: 'Slet indsats' }).click();
  const confirmEffort = page.getByRole('alertdialog', { name: 'Slet indsatsen «Nyhedsbrev»?' });
  await confirmEffort.getByRole('button', { name: 'Annuller' }).click();
  await expect(confirmEffort).toBeHidden();
  await expect(newsDialog).toBeVisible();
  await newsDialog.getByRole('button', { name: 'Slet indsats' }).click();
  await confirmEffort.getByRole('button', { name: 'Slet indsatsen' }).click();
  await expect(newsDialog).toBeHidden();
  await expect(page.getByText('«Nyhedsbrev» er slettet').first()).toBeVisible();
  await expect(news).toHaveCount(0);

  // The later plan: Annuller keeps it, Slet planen removes it.
  await page
    .getByRole('link', { name: `handleplan ${next}`, exact: true })
    .first()
    .click();
  await page.getByRole('button', { name: 'Slet plan' }).click();
  const confirmPlan = page.getByRole('alertdialog', { name: `Slet Handleplan ${next}?` });
  await expect(confirmPlan).toContainText('Det kan ikke fortrydes.');
  await confirmPlan.getByRole('button', { name: 'Annuller' }).click();
  await expect(page.getByRole('heading', { name: `Handleplan ${next}`, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Slet plan' }).click();
  await confirmPlan.getByRole('button', { name: 'Slet planen' }).click();
  await expect(page.getByText(`Handleplan ${next} er slettet`).first()).toBeVisible();
});

test('shows the demo plan with its goals and efforts, and has no serious accessibility problems', async ({
  page,
}) => {
  await openView(page, '#/handleplan');
  await page.getByTestId('plan-link').filter({ hasText: '2025-26' }).click();
  await expect(page.getByRole('heading', { name: /2025-26/, level: 2 })).toBeVisible();
  await expect(page.getByTestId('plan-goal')).toHaveCount(4);
  await page.screenshot({ path: test.info().outputPath('handleplan.png'), fullPage: true });
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await page
    .getByRole('button', { name: 'Rediger Samarbejdsforum for ledere og medarbejdere' })
    .first()
    .click();
  await expect(
    page.getByRole('dialog', { name: 'Samarbejdsforum for ledere og medarbejdere' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('indsats.png'), animations: 'disabled' });
});

test("in a narrow window an effort's status stays in its column, clear of the edit button", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openView(page, '#/handleplan');
  for (const period of ['2025-26', '2026-27']) {
    await page.getByTestId('plan-link').filter({ hasText: period }).first().click();
    await expect(page.getByTestId('effort').first()).toBeVisible();
    const crowded = await page.getByTestId('effort').evaluateAll((efforts) =>
      efforts
        .filter((effort) => {
          const [, status, edit] = [...effort.children] as [Element, Element, Element];
          return (
            status.scrollWidth > status.clientWidth ||
            status.getBoundingClientRect().right > edit.getBoundingClientRect().left
          );
        })
        .map((effort) => effort.getAttribute('aria-label')),
    );
    expect(crowded, period).toEqual([]);
  }
});
