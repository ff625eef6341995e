import { TextRun } from 'docx';

const PLACEHOLDER = /(\[Udfyld: [^\]]+\])/;

/**
 * Text as runs, with `[Udfyld: …]` placeholders highlighted so nothing missing can pass
 * unnoticed in Word, and the line breaks the consultant typed kept as breaks.
 */
export function placeholderRuns(text: string, bold = false): TextRun[] {
  // `bold: false` would write `<w:b w:val="false"/>` on the run, which overrides a bold style
  // such as the headings'; plain text leaves the weight to the paragraph's style.
  const weight = bold ? { bold } : {};
  return text.split('\n').flatMap((line, index) => [
    ...(index > 0 ? [new TextRun({ break: 1 })] : []),
    ...line
      .split(PLACEHOLDER)
      .filter(Boolean)
      .map((part) =>
        PLACEHOLDER.test(part)
          ? new TextRun({ text: part, ...weight, highlight: 'yellow' })
          : new TextRun({ text: part, ...weight }),
      ),
  ]);
}
