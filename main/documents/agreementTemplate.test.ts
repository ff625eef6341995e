import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textOf } from '../testing/docx';
import { TemplateError, fillTemplate, scanTemplate } from './agreementTemplate';

/**
 * A template as Word leaves it: `{{kommunal_kontaktperson}}` typed once but stored over several
 * runs with spelling marks and a bookmark between them, a placeholder in the header, one
 * misspelled with æøå and one missing a brace.
 */
async function template(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun('{{kommune}}')] })] }),
        },
        children: [
          new Paragraph({ children: [new TextRun('Aftale om {{titel}} med {{partner}}')] }),
          new Paragraph({ children: [new TextRun('KONTAKT')] }),
          new Paragraph({ children: [new TextRun('Formål: {{formål}}. Dato: {dato}}')] }),
          new Paragraph({ children: [new TextRun('{{aktiviteter}}')] }),
        ],
      },
    ],
  });
  const files = unzipSync(await Packer.toBuffer(doc));
  const xml = strFromU8(files['word/document.xml']!).replace(
    /<w:r>(?:(?!<w:r>).)*?KONTAKT<\/w:t><\/w:r>/,
    '<w:r><w:t xml:space="preserve">Kontakt: {{</w:t></w:r><w:proofErr w:type="spellStart"/>' +
      '<w:r w:rsidR="00A1"><w:rPr><w:i/></w:rPr><w:t>kommunal_</w:t></w:r><w:bookmarkStart w:id="0" w:name="k"/>' +
      '<w:r><w:t>kontaktperson</w:t></w:r><w:bookmarkEnd w:id="0"/><w:r><w:t>}}</w:t></w:r>' +
      '<w:proofErr w:type="spellEnd"/>',
  );
  expect(xml).toContain('kommunal_</w:t>');
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

describe('the municipality’s own template', () => {
  it('finds every placeholder, also one Word split across runs, and flags unknown and broken ones', async () => {
    const scan = scanTemplate(await template());
    const byName = new Map(scan.placeholders.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual(
      ['aktiviteter', 'formål', 'kommunal_kontaktperson', 'kommune', 'partner', 'titel'].sort(),
    );
    expect(byName.get('kommunal_kontaktperson')).toEqual({
      name: 'kommunal_kontaktperson',
      known: true,
      split: true,
      suggestion: null,
    });
    expect(byName.get('titel')?.split).toBe(false);
    expect(byName.get('formål')).toMatchObject({ known: false, suggestion: 'formaal' });
    expect(scan.malformed).toEqual(['{dato}}']);
  });

  it('fills the placeholders, the split one included, in body and header, keeping unknown ones visible', async () => {
    const bytes = await fillTemplate(
      await template(),
      {
        titel: 'Demenscafé',
        partner: 'Ældre Sagen',
        kommune: 'Furesø Kommune',
        kommunal_kontaktperson: 'Karin Holm',
        aktiviteter: 'Café hver torsdag\nPå plejecentret',
      },
      { title: 'Samarbejdsaftale: Demenscafé', subject: 'Demenscafé', creator: 'Furesø Kommune' },
    );
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']!);
    const body = textOf(document);
    expect(body).toContain('Aftale om Demenscafé med Ældre Sagen');
    expect(body).toContain('Kontakt: Karin Holm');
    expect(body).not.toContain('kommunal_');
    expect(body).toContain('{{formål}}');
    expect(document).toMatch(/Café hver torsdag<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/>/);
    const header = Object.keys(files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => textOf(strFromU8(files[n]!)))
      .join('');
    expect(header).toContain('Furesø Kommune');
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      '<dc:title>Samarbejdsaftale: Demenscafé</dc:title>',
    );
  });

  it('refuses a file that is not a Word document, with a message saying what to do', () => {
    expect(() => scanTemplate(strToU8('ikke en docx'))).toThrow(TemplateError);
    expect(() => scanTemplate(zipSync({ 'a.txt': strToU8('x') }))).toThrow(
      /Gem skabelonen i Word som \.docx/,
    );
  });
});
