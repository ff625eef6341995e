import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiFailure, fieldsOfPartnership, partnershipFieldsSchema } from '../../shared/api';
import { DEFAULT_CLAUSES } from '../../shared/domain';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { bodyText } from '../testing/docx';
import { testPorts } from '../testing/testPorts';
import { useTempFolder } from '../testing/tempFolder';
import { createServices } from './index';

const tempFolder = useTempFolder();

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  let tick = 0;
  const services = createServices(
    createRepositories(db),
    testPorts(() => new Date(Date.UTC(2026, 10, 24, 12, 0, tick++))),
  );
  services.settings.update({ municipalityName: 'Furesø Kommune' });
  const p = services.partnerships.create(
    partnershipFieldsSchema.parse({
      title: 'Demenscafé',
      partner: 'Ældre Sagen',
      volunteerType: 'humanitaer',
      involvement: 'hoej',
      purpose: 'Et trygt mødested.',
    }),
  );
  return { services, p };
}

const documentText = (base64: string) => bodyText(Buffer.from(base64, 'base64'));

/** A .docx whose body is one paragraph of `text`: Samspil's own agreement with its body replaced. */
async function templateFile(services: ReturnType<typeof setup>['services'], id: number, text: string) {
  const own = await services.agreements.generate(id, { useTemplate: false });
  const files = unzipSync(Buffer.from(own.contentBase64, 'base64'));
  files['word/document.xml'] = strToU8(
    strFromU8(files['word/document.xml']!).replace(
      /<w:body>[\s\S]*?(<w:sectPr)/,
      `<w:body><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>$1`,
    ),
  );
  return { fileName: 'Skabelon.docx', contentBase64: Buffer.from(zipSync(files)).toString('base64') };
}

describe('agreement service', () => {
  it('says what changed in the record since the last exported version', async () => {
    const { services, p } = setup();
    expect(services.agreements.check(p.id).lastExport).toBeNull();
    await services.agreements.generate(p.id);
    expect(services.agreements.check(p.id).lastExport?.changes).toEqual([]);
    services.partnerships.update(p.id, {
      ...fieldsOfPartnership(p),
      purpose: 'Et trygt mødested for borgere med demens.',
      endDate: '2026-12-31',
    });
    const { lastExport } = services.agreements.check(p.id);
    expect(lastExport?.fileName).toBe('Samarbejdsaftale - Ældre Sagen - Demenscafé - 2026-11-24.docx');
    expect(lastExport?.changes).toEqual([
      { field: 'Formål', before: 'Et trygt mødested.', now: 'Et trygt mødested for borgere med demens.' },
      { field: 'Slutdato', before: '', now: '31.12.2026' },
    ]);
  });

  it('numbers the versions of a record’s agreement', async () => {
    const { services, p } = setup();
    await services.agreements.generate(p.id);
    const second = await services.agreements.generate(p.id);
    expect(documentText(second.contentBase64)).toContain('Version2');
    expect(services.agreements.history(p.id)).toHaveLength(2);
  });

  it('keeps every saved wording of a standard clause with its date', () => {
    const { services } = setup();
    const clauses = { ...DEFAULT_CLAUSES, opsigelse: 'Seks måneders varsel.' };
    services.settings.update({ clauses });
    services.settings.update({ clauses, renewalWindowDays: 30 });
    services.settings.update({ clauses: { ...clauses, opsigelse: 'Tre måneders varsel.' } });
    expect(services.agreements.clauseVersions()).toEqual([
      { key: 'opsigelse', text: 'Seks måneders varsel.', savedAt: expect.any(String) as string },
      { key: 'opsigelse', text: 'Tre måneders varsel.', savedAt: expect.any(String) as string },
    ]);
    expect(services.settings.get().clauses.opsigelse).toBe('Tre måneders varsel.');
  });

  it('fills the municipality’s stored template, lists what it lacks, and can still make its own', async () => {
    const { services, p } = setup();
    const info = services.agreements.setTemplate(
      await templateFile(services, p.id, '{{titel}} – {{kommune}} – {{slutdato}} – {{partnr}}'),
    );
    expect(info.problems).toEqual(['{{partnr}} kendes ikke. Mente du {{partner}}? Ret det i skabelonen.']);
    expect(services.agreements.check(p.id).template?.fileName).toBe('Skabelon.docx');

    const filled = await services.agreements.generate(p.id);
    expect(documentText(filled.contentBase64)).toBe(
      'Demenscafé – Furesø Kommune – [Udfyld: slutdato] – {{partnr}}',
    );
    expect(filled.missing).toEqual(['slutdato']);
    expect(filled.templateProblems).toHaveLength(1);
    expect(services.agreements.history(p.id)[0]?.kind).toBe('Samarbejdsaftale (kommunens skabelon)');

    const own = await services.agreements.generate(p.id, { useTemplate: false });
    expect(documentText(own.contentBase64)).toContain('Tavshedspligt og underretningspligt');

    services.agreements.removeTemplate();
    expect(services.agreements.check(p.id).template).toBeNull();
  });

  it('refuses a template that is not a Word document and keeps the one it had', async () => {
    const { services, p } = setup();
    services.agreements.setTemplate(await templateFile(services, p.id, '{{titel}}'));
    expect(() =>
      services.agreements.setTemplate({
        fileName: 'x.docx',
        contentBase64: Buffer.from('nej').toString('base64'),
      }),
    ).toThrow(ApiFailure);
    expect(services.agreements.template()?.placeholders.map((x) => x.name)).toEqual(['titel']);
  });
});
