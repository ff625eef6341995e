import { TextRun } from 'docx';

const PLACEHOLDER = /(\[Udfyld: [^\]]+\])/;

/**
 * Text as runs, with `[Udfyld: …]` placeholders highlighted so nothing missing can pass
 * unnoticed in Word, and the line breaks the consultant typed kept as breaks.
 */
export function placeholderRuns(text: string, bold = false): TextRun[] {
  return text.split('\n').flatMap((line, index) => [
    ...(index > 0 ? [new TextRun({ break: 1 })] : []),
    ...line
      .split(PLACEHOLDER)
      .filter(Boolean)
      .map((part) =>
        PLACEHOLDER.test(part)
          ? new TextRun({ text: part, bold, highlight: 'yellow' })
          : new TextRun({ text: part, bold }),
      ),
  ]);
}
