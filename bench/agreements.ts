import fs from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import { unzipSync } from 'fflate';
import PizZip from 'pizzip';
import { partnershipFieldsSchema } from '../shared/api';
import { agreementContent, type AgreementBlock, type AgreementContent } from '../shared/domain';
import { createBackend } from '../main/backend/createBackend';
import { agreementBytes } from '../main/documents/agreementDocument';
import type { Letterhead } from '../main/documents/letterhead';
import { compare } from './measure';
import { metric, type Metric } from './metrics';

const LOGO = path.resolve(import.meta.dirname, '..', 'resources', 'logo.png');

/** A partnership with everything an agreement asks for, so the document has no placeholders. */
const COMPLETE = partnershipFieldsSchema.parse({
  title: 'Demenscaféen i Ringe',
  partner: 'Ældre Sagen Ringe',
  volunteerType: 'humanitaer',
  involvement: 'hoej',
  involvementCriteria: ['formaliseret', 'personale_deltager', 'personaleressourcer'],
  status: 'aktiv',
  agreementKind: 'partnerskabsaftale',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  renewalDate: '2027-10-01',
  targetGroup: 'Borgere med demens og deres pårørende',
  purpose: 'Et trygt mødested med samvær, sang og en kop kaffe.\nFor borgere med demens og deres pårørende.',
  activities: 'Café hver anden torsdag kl. 14–16 på plejecentret.',
  amount: 25000,
  fundingSource: 'paragraf18',
  staffHoursPerMonth: 6,
  expectedEvaluation: 'Fælles evaluering hvert forår.',
  childrenUnder15: false,
  municipalObligations: 'Lokaler, kaffe og en fast kontaktperson.',
  partnerObligations: 'Frivillige værter og et program for hver café.',
  partnerContact: { name: 'Anne Jensen', email: 'anne@example.dk', phone: '12345678' },
  municipalContact: { name: 'Søren Østergaard', email: 'soe@kommune.dk', phone: '87654321' },
});

/** Every text of the agreement as a docxtemplater tag, with the values to fill in. */
function templateOf(content: AgreementContent, letterhead: Letterhead) {
  const data: Record<string, string> = {};
  const tag = (text: string) => {
    const name = `v${String(Object.keys(data).length)}`;
    data[name] = text;
    return `{${name}}`;
  };
  const block = (b: AgreementBlock): AgreementBlock =>
    b.kind === 'paragraph'
      ? { kind: 'paragraph', text: tag(b.text) }
      : b.kind === 'bullets'
        ? { kind: 'bullets', items: b.items.map(tag) }
        : { kind: 'fields', rows: b.rows.map(([label, value]) => [label, tag(value)]) };
  const content_: AgreementContent = {
    ...content,
    title: tag(content.title),
    metadata: content.metadata.map(([label, value]) => [label, tag(value)]),
    sections: content.sections.map((s) => ({ heading: s.heading, blocks: s.blocks.map(block) })),
    signatures: content.signatures.map((s) => ({ party: tag(s.party), person: tag(s.person) })),
  };
  return {
    content: content_,
    letterhead: { ...letterhead, documentDate: tag(letterhead.documentDate) },
    data,
  };
}

/** The visible text of a .docx body, to prove both ways write the same document. */
function bodyText(bytes: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The Word agreement through our builder over docxtemplater filling the same document as a template. */
export async function agreementMetric(folder: string, rounds: number): Promise<Metric> {
  const backend = createBackend(path.join(folder, 'agreement.sqlite'), { actor: 'bench' });
  try {
    const services = backend.services();
    const settings = services.settings.update({
      municipalityName: 'Faaborg-Midtfyn Kommune',
      municipalityAddress: 'Tinghuset, Tinghusvej 2, 5750 Ringe',
      documentFooter: 'Frivilligkonsulenten · 72 53 00 00',
    });
    const content = agreementContent(services.partnerships.create(COMPLETE), settings, '2026-11-24');
    if (content.missing.length > 0) throw new Error(`bench agreement lacks ${content.missing.join(', ')}`);
    const letterhead: Letterhead = {
      municipalityName: settings.municipalityName,
      municipalityAddress: settings.municipalityAddress,
      footer: settings.documentFooter,
      logo: { data: fs.readFileSync(LOGO), type: 'png' },
      documentDate: '24. november 2026',
    };
    const template = templateOf(content, letterhead);
    const templateBytes = await agreementBytes(template.content, template.letterhead);
    const fill = () => {
      const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
      doc.render(template.data);
      return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
    };
    const ours = await agreementBytes(content, letterhead);
    if (bodyText(fill()) !== bodyText(ours)) throw new Error('the template does not give the same document');
    const result = await compare(fill, () => agreementBytes(content, letterhead), rounds);
    return metric('agreement.docx.ratio', result.ratio, '×', 1);
  } finally {
    backend.close();
  }
}
