/**
 * Where the consultant is inside the følgegruppe view, kept in the address (`#/foelgegruppe?moede=4`)
 * so a reload or the browser's back button returns to the same meeting.
 */
export type FollowupRoute =
  { tab: 'gruppe' } | { tab: 'aarsplan'; year: number | null } | { tab: 'moede'; meetingId: number };

export function routeFromHash(hash: string): FollowupRoute {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const meetingId = Number(query.get('moede'));
  if (Number.isInteger(meetingId) && meetingId > 0) return { tab: 'moede', meetingId };
  if (query.get('fane') === 'aarsplan') {
    const year = Number(query.get('aar'));
    return { tab: 'aarsplan', year: Number.isInteger(year) && year > 1900 ? year : null };
  }
  return { tab: 'gruppe' };
}

export function hashOf(route: FollowupRoute): string {
  switch (route.tab) {
    case 'gruppe':
      return '#/foelgegruppe';
    case 'aarsplan':
      return route.year === null
        ? '#/foelgegruppe?fane=aarsplan'
        : `#/foelgegruppe?fane=aarsplan&aar=${String(route.year)}`;
    case 'moede':
      return `#/foelgegruppe?moede=${String(route.meetingId)}`;
  }
}

export function navigate(route: FollowupRoute): void {
  window.location.hash = hashOf(route);
}
