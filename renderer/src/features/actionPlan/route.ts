/** The plan shown, kept in the address (`#/handleplan?plan=2`) so reloads and links return to it. */
export function planFromHash(hash: string): number | null {
  const id = Number(new URLSearchParams(hash.split('?')[1] ?? '').get('plan'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function planLink(id: number): string {
  return `#/handleplan?plan=${String(id)}`;
}

export function showPlan(id: number): void {
  window.location.hash = planLink(id);
}
