import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type INumberingOptions,
  type IPropertiesOptions,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { imageSize } from './imageSize';

export interface Letterhead {
  municipalityName: string;
  municipalityAddress: string;
  footer: string;
  /** PNG or JPEG bytes of the municipality's logo, or null for none. */
  logo: { data: Uint8Array; type: 'png' | 'jpg' } | null;
  documentDate: string;
}

export const DANISH = { value: 'da-DK' };
export const FONT = 'Calibri';
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Layout tables (metadata, parties, signatures) carry no visible lines. */
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** Word's own heading styles in the municipality's look, Danish on every run. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22, language: DANISH } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '1F3864', language: DANISH },
      paragraph: { spacing: { after: 120 } },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: '1F3864', language: DANISH },
      // keepNext: a heading never ends a page alone.
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
  },
};

/** 40 points high, as wide as the logo's own proportions allow (at most four times as wide). */
function logoBox(data: Uint8Array): { width: number; height: number } {
  const size = imageSize(data);
  const ratio = size && size.height > 0 ? Math.min(size.width / size.height, 4) : 1;
  return { width: Math.round(40 * ratio), height: 40 };
}

export function letterheadHeader(letterhead: Letterhead): Header {
  const logo = letterhead.logo
    ? [
        new ImageRun({
          type: letterhead.logo.type,
          data: letterhead.logo.data,
          transformation: logoBox(letterhead.logo.data),
        }),
      ]
    : [];
  // A thin rule and some air under the letterhead, so the body never touches it.
  const rule = {
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 4 } },
    spacing: { after: 360 },
  };
  const address = letterhead.municipalityAddress;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
        children: [...logo, new TextRun({ text: `  ${letterhead.municipalityName}`, bold: true, size: 24 })],
        ...(!address && rule),
      }),
      ...(address
        ? [
            new Paragraph({
              children: [new TextRun({ text: address, size: 18, color: '555555' })],
              ...rule,
            }),
          ]
        : []),
    ],
  });
}

export function letterheadFooter(letterhead: Letterhead): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: [letterhead.footer, letterhead.documentDate].filter(Boolean).join(' · '),
            size: 16,
            color: '555555',
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '555555',
          }),
        ],
      }),
    ],
  });
}

/** A numbering whose level 0 counts 1., 2., … for the numbered built-in headings. */
export function decimalNumbering(reference: string): INumberingOptions['config'][number] {
  return {
    reference,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 432, hanging: 432 } } },
      },
    ],
  };
}

/** A part of a document that starts on a new page, turned to landscape for wide tables. */
export interface PageSection {
  landscape: boolean;
  children: ISectionOptions['children'];
}

/**
 * A document in the municipality's look: the letterhead above and page X af Y below every page,
 * the Danish styles, and the municipality as its author. `children` is the body on portrait
 * pages; `following` parts start on new pages, each in its own orientation.
 */
export function letterheadDocument(
  letterhead: Letterhead,
  properties: Pick<IPropertiesOptions, 'title' | 'subject' | 'keywords' | 'numbering'>,
  children: ISectionOptions['children'],
  ...following: readonly PageSection[]
): Document {
  return new Document({
    ...properties,
    creator: letterhead.municipalityName || 'Samspil',
    description: 'Lavet med Samspil',
    styles: DOCUMENT_STYLES,
    sections: [
      {
        headers: { default: letterheadHeader(letterhead) },
        footers: { default: letterheadFooter(letterhead) },
        children,
      },
      // Without headers of their own, later sections show the first one's letterhead and page
      // numbers (Word's and LibreOffice's rule), so the logo is stored once.
      ...following.map((section) => ({
        properties: {
          page: {
            size: { orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          },
        },
        children: section.children,
      })),
    ],
  });
}
