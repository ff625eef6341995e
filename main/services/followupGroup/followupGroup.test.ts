import { describe, expect, it } from 'vitest';
import { fieldsOfPartnership } from '../../../shared/api';
import { openDatabase } from '../../db/open';
import { createRepositories } from '../../db/repositories';
import { useTempFolder } from '../../testing/tempFolder';
import { followupBackend } from '../../testing/followupBackend';

const tempFolder = useTempFolder();

async function groupWithMembers(today = '2026-01-10') {
  const api = followupBackend(tempFolder(), today);
  const { segments } = await api.call('lists.all', {});
  const segment = (name: string) => segments.find((s) => s.name === name)!.id;
  const lone = await api.call('followupGroup.addMember', {
    name: 'Lone Madsen',
    organisation: 'Frivilligcenteret',
    seatKind: 'fast',
    segmentId: segment('Voksne'),
  });
  const karin = await api.call('followupGroup.addMember', {
    name: 'Karin Holm',
    role: 'Frivilligkonsulent',
    seatKind: 'kommunal',
  });
  return { ...api, segments, segment, lone, karin };
}

const meetingOn = (date: string) => ({ date, startTime: '15:00', endTime: '17:00', place: 'Rådhuset' });

describe('the følgegruppe', () => {
  it('warns about segments without a member and terms that have run out or soon will', async () => {
    const { call, segment, segments } = await groupWithMembers();
    await call('followupGroup.addMember', {
      name: 'Søren Ærø',
      organisation: 'Ældre Sagen',
      seatKind: 'valgt',
      segmentId: segment('Ældre'),
      electedAt: '2024-01-05',
      termEnd: '2025-12-31',
    });
    await call('followupGroup.addMember', {
      name: 'Aisha Khan',
      organisation: 'Venligboerne',
      seatKind: 'valgt',
      segmentId: segment('Integration'),
      electedAt: '2025-01-05',
      termEnd: '2026-02-15',
    });
    const group = await call('followupGroup.get', {});
    expect(group.name).toBe('Følgegruppen');
    const codes = group.warnings.map((w) => [w.code, w.segmentId ?? w.memberId]);
    // Voksne and Integration are covered; Ældre only by an expired term.
    const uncovered = segments.filter((s) => !['Voksne', 'Integration'].includes(s.name)).map((s) => s.id);
    expect(codes.filter(([c]) => c === 'segment_uden_medlem').map(([, id]) => id)).toEqual(uncovered);
    const soren = group.members.find((m) => m.name === 'Søren Ærø')!;
    expect(soren.termExpired).toBe(true);
    expect(group.warnings).toContainEqual(
      expect.objectContaining({ code: 'valgperiode_udloebet', memberId: soren.id }),
    );
    expect(group.warnings.find((w) => w.code === 'valgperiode_udloebet')!.message).toContain('31.12.2025');
    expect(group.warnings).toContainEqual(expect.objectContaining({ code: 'valgperiode_udloeber_snart' }));
  });

  it('keeps one person row: a member is the same person as a partnership contact', async () => {
    const { call, backend } = await groupWithMembers();
    await call('partnerships.create', {
      title: 'Demenscafé',
      partner: 'Frivilligcenteret',
      volunteerType: 'humanitaer',
      involvement: 'hoej',
      partnerContact: { name: 'Lone Madsen', email: 'lone@fc.dk', phone: '' },
    });
    const group = await call('followupGroup.get', {});
    expect(group.members.find((m) => m.name === 'Lone Madsen')).toMatchObject({
      email: 'lone@fc.dk',
      organisation: 'Frivilligcenteret',
    });
    const db = backend.services();
    expect(db.followupGroup.get().members).toHaveLength(2);
    // Removing the partnership must not take the member's person or organisation with it.
    const [p] = await call('partnerships.list', {});
    await call('partnerships.delete', { id: p!.id });
    expect((await call('followupGroup.get', {})).members.map((m) => m.organisation)).toContain(
      'Frivilligcenteret',
    );
  });

  it('plans the year with four default meetings, and warns when fewer are planned', async () => {
    const { call, refused } = await groupWithMembers();
    const empty = await call('meetings.yearPlan', { year: 2027 });
    expect(empty.warnings.map((w) => w.code)).toEqual(['faerre_end_fire_moeder']);
    const plan = await call('meetings.planYear', { year: 2027 });
    expect(plan.meetings.map((m) => m.date)).toEqual([
      '2027-03-11',
      '2027-06-10',
      '2027-09-09',
      '2027-12-09',
    ]);
    expect(plan.meetings.map((m) => m.marks)).toEqual([[], ['socialudvalget'], ['netvaerk'], []]);
    expect(plan.warnings).toEqual([]);
    expect((await refused('meetings.planYear', { year: 2027 })).code).toBe('conflict');

    await call('meetings.delete', { id: plan.meetings[1]!.id });
    const fewer = await call('meetings.yearPlan', { year: 2027 });
    expect(fewer.warnings.map((w) => w.code)).toEqual(['faerre_end_fire_moeder', 'mangler_socialudvalget']);
    expect(fewer.warnings[0]!.message).toContain('kun planlagt 3 møder i 2027');
    expect(await call('meetings.next', {})).toMatchObject({ date: '2027-03-11', state: 'planlagt' });
  });

  it('builds the agenda around pinned standing items and reorders the rest', async () => {
    const { call, refused } = await groupWithMembers();
    const meeting = await call('meetings.create', meetingOn('2026-03-12'));
    expect(meeting.items.map((i) => [i.number, i.title, i.kind])).toEqual([
      [1, 'Godkendelse af dagsorden', 'B'],
      [2, 'Opfølgning på referat fra sidste møde', 'O'],
      [3, 'Eventuelt', 'O'],
      [4, 'Næste møde', 'O'],
    ]);
    await call('agendaItems.add', { meetingId: meeting.id, fields: { title: 'Nytårskuren', kind: 'D' } });
    const withTwo = await call('agendaItems.add', {
      meetingId: meeting.id,
      fields: { title: 'Puljemidler', kind: 'B' },
    });
    expect(withTwo.items.map((i) => i.title).slice(2, 4)).toEqual(['Nytårskuren', 'Puljemidler']);
    // Drag Eventuelt to the top and Puljemidler first: the standing items stay in place.
    const ids = withTwo.items.map((i) => i.id);
    const reordered = await call('agendaItems.reorder', {
      meetingId: meeting.id,
      itemIds: [ids[4]!, ids[3]!, ids[0]!, ids[1]!, ids[2]!, ids[5]!],
    });
    expect(reordered.items.map((i) => i.title)).toEqual([
      'Godkendelse af dagsorden',
      'Opfølgning på referat fra sidste møde',
      'Puljemidler',
      'Nytårskuren',
      'Eventuelt',
      'Næste møde',
    ]);
    expect(
      (await refused('agendaItems.reorder', { meetingId: meeting.id, itemIds: ids.slice(1) })).code,
    ).toBe('conflict');
    expect((await refused('agendaItems.remove', { id: ids[0]! })).message).toContain(
      'står på hver dagsorden',
    );
  });

  it('rolls open action items forward under item 2 until they are closed, across three meetings', async () => {
    const { call, lone } = await groupWithMembers();
    const first = await call('meetings.create', meetingOn('2026-03-12'));
    const second = await call('meetings.create', meetingOn('2026-06-11'));
    const third = await call('meetings.create', meetingOn('2026-09-10'));
    const a = await call('actionItems.add', {
      meetingId: first.id,
      agendaItemId: first.items[2]!.id,
      fields: { text: 'Invitér til Nytårskur', responsiblePersonId: lone.personId, deadline: '2026-05-01' },
    });
    const b = await call('actionItems.add', {
      meetingId: first.id,
      agendaItemId: null,
      fields: { text: 'Send kommissoriet rundt', responsible: 'Alle' },
    });
    expect(a.responsible).toBe('Lone Madsen');
    expect(b.responsible).toBe('Alle');

    const at = async (id: number) => (await call('meetings.get', { id })).carriedForward.map((x) => x.text);
    expect(await at(first.id)).toEqual([]);
    expect(await at(second.id)).toEqual(['Invitér til Nytårskur', 'Send kommissoriet rundt']);
    expect(await at(third.id)).toEqual(['Invitér til Nytårskur', 'Send kommissoriet rundt']);

    // Closed at the second meeting: shown there (as closed), gone from the third.
    const closed = await call('actionItems.close', { id: a.id, meetingId: second.id });
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-06-11', closedAtMeetingId: second.id });
    const c = await call('actionItems.add', {
      meetingId: second.id,
      agendaItemId: null,
      fields: { text: 'Find en repræsentant for ældre' },
    });
    const secondView = await call('meetings.get', { id: second.id });
    expect(secondView.carriedForward.map((x) => [x.text, x.status])).toEqual([
      ['Invitér til Nytårskur', 'closed'],
      ['Send kommissoriet rundt', 'open'],
    ]);
    expect(await at(third.id)).toEqual(['Send kommissoriet rundt', 'Find en repræsentant for ældre']);
    expect((await call('actionItems.list', { status: 'open' })).map((x) => x.id)).toEqual([b.id, c.id]);
  });

  it('lists overdue action items and the next meeting for Overblik', async () => {
    const { call, setToday } = await groupWithMembers('2026-03-01');
    const m = await call('meetings.create', meetingOn('2026-03-12'));
    await call('meetings.create', meetingOn('2026-06-11'));
    await call('actionItems.add', {
      meetingId: m.id,
      agendaItemId: null,
      fields: { text: 'X', deadline: '2026-04-01' },
    });
    expect(await call('actionItems.overdue', {})).toEqual([]);
    setToday('2026-04-02');
    expect((await call('actionItems.overdue', {})).map((a) => [a.text, a.overdue])).toEqual([['X', true]]);
    expect((await call('meetings.next', {}))?.date).toBe('2026-06-11');
    setToday('2026-12-01');
    expect(await call('meetings.next', {})).toBeNull();
  });

  it('locks approved minutes against every change until reopened, and logs the reopening', async () => {
    const { call, refused, backend, karin, lone } = await groupWithMembers('2026-03-13');
    const m = await call('meetings.create', meetingOn('2026-03-12'));
    const later = await call('meetings.create', meetingOn('2026-06-11'));
    const action = await call('actionItems.add', {
      meetingId: m.id,
      agendaItemId: null,
      fields: { text: 'Y' },
    });
    await call('meetings.setAttendance', { meetingId: m.id, personId: lone.personId, status: 'til_stede' });
    expect((await refused('meetings.approveMinutes', { id: m.id, date: '2026-03-01' })).code).toBe(
      'validation',
    );
    const approved = await call('meetings.approveMinutes', { id: m.id, date: '2026-03-13' });
    expect(approved).toMatchObject({ locked: true, state: 'godkendt', minutesApprovedAt: '2026-03-13' });

    const attempts: [Parameters<typeof refused>[0], unknown][] = [
      ['meetings.update', { id: m.id, fields: meetingOn('2026-03-13') }],
      ['meetings.delete', { id: m.id }],
      ['meetings.setAttendance', { meetingId: m.id, personId: karin.personId, status: 'afbud' }],
      ['meetings.approveMinutes', { id: m.id, date: '2026-03-14' }],
      ['agendaItems.add', { meetingId: m.id, fields: { title: 'Nyt', kind: 'O' } }],
      ['agendaItems.update', { id: m.items[0]!.id, fields: { title: 'Ændret', kind: 'O' } }],
      ['agendaItems.reorder', { meetingId: m.id, itemIds: m.items.map((i) => i.id) }],
      ['agendaItems.addPortfolioPack', { meetingId: m.id }],
      ['actionItems.add', { meetingId: m.id, agendaItemId: null, fields: { text: 'Z' } }],
      ['actionItems.update', { id: action.id, fields: { text: 'Ændret' } }],
      ['actionItems.remove', { id: action.id }],
      ['actionItems.close', { id: action.id, meetingId: m.id }],
    ];
    for (const [method, input] of attempts) {
      const error = await refused(method, input);
      expect(error.code, method).toBe('conflict');
      expect(error.message, method).toContain('er godkendt 13.3.2026 og er låst. Genåbn mødet');
    }
    // Closing at a later, open meeting is allowed: that changes the later meeting, not this one.
    await call('actionItems.close', { id: action.id, meetingId: later.id });

    expect((await refused('meetings.reopen', { id: m.id, reason: '' })).code).toBe('validation');
    const reopened = await call('meetings.reopen', { id: m.id, reason: 'Forkert dato i referatet' });
    expect(reopened.locked).toBe(false);
    await call('meetings.update', { id: m.id, fields: { ...meetingOn('2026-03-12'), place: 'Biblioteket' } });
    const entries = createRepositories(openDatabase(backend.databasePath)).auditLog.forEntity(
      'followup_meeting',
      m.id,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        field: 'minutesApprovedAt',
        oldValue: null,
        newValue: '2026-03-13',
        actor: 'konsulent',
      }),
      expect.objectContaining({
        field: 'minutesApprovedAt',
        oldValue: '2026-03-13',
        newValue: null,
        reason: 'Forkert dato i referatet',
      }),
    ]);
  });
  it('adds the portfolio pack: new, ended, expiring and moved partnerships since the previous meeting', async () => {
    const { call, setToday } = await groupWithMembers('2026-01-05');
    const create = (title: string, extra: Record<string, unknown> = {}) =>
      call('partnerships.create', {
        title,
        partner: 'Ældre Sagen',
        volunteerType: 'humanitaer',
        involvement: 'lav',
        status: 'aktiv',
        ...extra,
      });
    const moved = await create('Besøgsvenner');
    const ended = await create('Julehjælp');
    await create('Strikkeklub', { endDate: '2026-07-15' });
    await create('Uændret');
    const first = await call('meetings.create', meetingOn('2026-03-12'));
    setToday('2026-04-01');
    await create('Ny gåtur', { volunteerType: 'faellesskab' });
    await call('partnerships.reclassify', {
      id: moved.id,
      volunteerType: 'humanitaer',
      involvement: 'hoej',
      reason: 'Kommunen koordinerer nu',
    });
    const endedNow = fieldsOfPartnership(await call('partnerships.get', { id: ended.id }));
    await call('partnerships.update', { id: ended.id, fields: { ...endedNow, status: 'afsluttet' } });
    setToday('2026-05-01');
    const second = await call('meetings.create', meetingOn('2026-06-11'));
    const withPack = await call('agendaItems.addPortfolioPack', { meetingId: second.id });
    const item = withPack.items.find((i) => i.standing === 'portefoelje')!;
    expect(item.number).toBe(3);
    const pack = item.portfolio!;
    expect(pack.since).toBe(first.date);
    expect(pack.new.map((p) => p.title)).toEqual(['Ny gåtur']);
    expect(pack.ended.map((p) => p.title)).toEqual(['Julehjælp']);
    expect(pack.expiring.map((p) => [p.title, p.endDate])).toEqual([['Strikkeklub', '2026-07-15']]);
    expect(pack.moved.map((p) => [p.title, p.fromQuadrant, p.toQuadrant])).toEqual([['Besøgsvenner', 3, 1]]);
    expect(pack.quadrantCounts).toEqual([1, 0, 2, 1]);
    expect(item.partnerships.map((p) => p.title).sort()).toEqual([
      'Besøgsvenner',
      'Julehjælp',
      'Ny gåtur',
      'Strikkeklub',
    ]);
    expect(item.background).toContain(
      'Siden 12.3.2026: 1 nye, 1 afsluttede, 1 udløber inden for 90 dage, 1 flyttet',
    );
    // Adding it again refreshes the one item rather than adding a second.
    const again = await call('agendaItems.addPortfolioPack', { meetingId: second.id });
    expect(again.items.filter((i) => i.standing === 'portefoelje')).toHaveLength(1);
  });
});
