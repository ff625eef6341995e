import { expect, test } from '@playwright/test';
import type { Person } from '../shared/api';
import { api, openView } from './support/app';

test('asks for a reason before erasing the persons past their retention date, and Annuller leaves them', async ({
  page,
  request,
}) => {
  const person = (await api<Person[]>(request, 'persons.list')).find((p) => !p.due)!;
  const fields = {
    legalBasis: person.legalBasis,
    consentDate: person.consentDate,
    informed: person.informed,
    informedDate: person.informedDate,
  };
  await api(request, 'persons.update', { id: person.id, fields: { ...fields, retentionDate: '2020-01-01' } });
  try {
    await openView(page, '#/personer');
    await page.getByRole('tab', { name: 'Til sletning' }).click();
    await page.getByRole('checkbox', { name: `Vælg ${person.name}` }).check();
    await page.getByRole('button', { name: /Slet de valgte \(1\)/ }).click();

    const dialog = page.getByRole('alertdialog', { name: 'Slet 1 valgte?' });
    await expect(dialog).toContainText('1 personer anonymiseres, og 0 samarbejder slettes');
    await dialog.getByRole('button', { name: 'Slet' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Skriv en begrundelse');
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('checkbox', { name: `Vælg ${person.name}` })).toBeVisible();
  } finally {
    await api(request, 'persons.update', {
      id: person.id,
      fields: { ...fields, retentionDate: person.retentionDate },
    });
  }
});
