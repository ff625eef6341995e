/** `16:00–18:00`, `fra 16:00`, or '' when no time is set. */
export function timeRange(start: string, end: string): string {
  if (start && end) return `kl. ${start}–${end}`;
  if (start) return `kl. ${start}`;
  return '';
}
