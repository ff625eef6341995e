import {
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type Document,
} from 'docx';
import { describeRecord, formatDateShort, type PersonAccessReport } from '../../shared/domain';
import { NO_BORDERS, letterheadDocument, type Letterhead } from './letterhead';
import { dataTable } from './tables';

/** Label: value lines without visible borders. */
function facts(lines: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3000, 6600],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: lines.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
            }),
            new TableCell({ children: [new Paragraph(value || '–')] }),
          ],
        }),
    ),
  });
}

const none = (text: string) =>
  new Paragraph({ children: [new TextRun({ text, italics: true, color: '555555' })] });
const stamp = (iso: string) => `${formatDateShort(iso.slice(0, 10))} ${iso.slice(11, 16)}`;

/** The answer to a request for access, readable for the person it is about. */
export function personExportDocument(report: PersonAccessReport, letterhead: Letterhead): Document {
  const p = report.person;
  return letterheadDocument(
    letterhead,
    { title: report.title, subject: 'Indsigt efter databeskyttelsesforordningens artikel 15' },
    [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: report.title, size: 36, bold: true })],
      }),
      new Paragraph({
        text:
          `Udtrukket ${stamp(report.generatedAt)}. Dokumentet viser alt, hvad kommunens register over samarbejder med ` +
          'frivillige (Samspil) indeholder om dig, og hvem der har set eller ændret oplysningerne.',
        spacing: { after: 240 },
      }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Oplysninger om dig' }),
      facts([
        ['Navn', p.name],
        ['E-mail', p.email],
        ['Telefon', p.phone],
        ['Rolle', p.role],
        ['Organisation', p.organisation ?? ''],
        ['Retsgrundlag', p.legalBasis],
        ['Samtykke givet', p.consentDate ? formatDateShort(p.consentDate) : ''],
        ['Oplyst om registreringen (art. 14)', p.informed],
        ['Opbevares til', p.keepUntil],
        ['Registreret', stamp(p.createdAt)],
        ['Senest ændret', stamp(p.updatedAt)],
      ]),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Samarbejder' }),
      report.partnerships.length === 0
        ? none('Du er ikke kontaktperson for noget samarbejde.')
        : dataTable(
            ['Nr.', 'Samarbejde', 'Partner', 'Din rolle', 'Status', 'Periode'],
            report.partnerships.map((x) => [String(x.id), x.title, x.partner, x.role, x.status, x.period]),
            [600, 2400, 1900, 1900, 1100, 1700],
          ),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Andre registreringer' }),
      report.linkedRecords.length === 0
        ? none('Ingen medlemskaber, møder eller handlingspunkter.')
        : dataTable(
            ['Hvad', 'Felt', 'Indhold'],
            report.linkedRecords.map((r) => [r.kind, r.field, describeRecord(r.table, r.record)]),
            [2400, 1600, 5600],
          ),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Tekster der nævner dig' }),
      report.mentions.length === 0
        ? none('Ingen noter eller andre tekster nævner dig.')
        : dataTable(
            ['Hvor', 'Felt', 'Tekst'],
            report.mentions.map((m) => [`${m.kind} ${String(m.recordId)}`, m.field, m.text]),
            [2000, 1600, 6000],
          ),
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        text: 'Logbog: hvem har set eller ændret oplysningerne',
      }),
      report.auditLog.length === 0
        ? none('Ingen registreringer i logbogen.')
        : dataTable(
            ['Tidspunkt', 'Bruger', 'Handling', 'Post', 'Felt', 'Før', 'Efter', 'Begrundelse'],
            report.auditLog.map((e) => [
              stamp(e.at),
              e.actor,
              e.action,
              e.record,
              e.field ?? '',
              e.oldValue ?? '',
              e.newValue ?? '',
              e.reason ?? '',
            ]),
            [1300, 1000, 1100, 1200, 1100, 1300, 1300, 1300],
          ),
    ],
  );
}

export async function personExportBytes(
  report: PersonAccessReport,
  letterhead: Letterhead,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(personExportDocument(report, letterhead)));
}
