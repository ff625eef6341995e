import { describe, expect, it } from 'vitest';
import { pinnedOrder } from './agenda';
import { addDays, nthThursday } from './calendar';
import { formatTimes, meetingFileName, statusAt } from './meetingDocument';
import { carriedForward } from './rollForward';
import { defaultYearPlan, yearPlanWarnings } from './yearPlan';

describe('følgegruppe rules', () => {
  it('pins items 1–2 to the top and Eventuelt and Næste møde to the bottom, keeping the rest in the chosen order', () => {
    const items = [
      { id: 1, standing: 'naeste_moede' as const },
      { id: 2, standing: null },
      { id: 3, standing: 'opfoelgning' as const },
      { id: 4, standing: 'eventuelt' as const },
      { id: 5, standing: 'portefoelje' as const },
      { id: 6, standing: 'godkendelse' as const },
      { id: 7, standing: null },
    ];
    expect(pinnedOrder(items).map((i) => i.id)).toEqual([6, 3, 2, 5, 7, 4, 1]);
  });

  it('plans the second Thursday of each quarter month, and counts what the year lacks', () => {
    expect(nthThursday(2026, 3, 2)).toBe('2026-03-12');
    expect(nthThursday(2026, 10, 1)).toBe('2026-10-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(defaultYearPlan(2026).map((m) => m.date)).toEqual([
      '2026-03-12',
      '2026-06-11',
      '2026-09-10',
      '2026-12-10',
    ]);
    expect(yearPlanWarnings(2026, defaultYearPlan(2026))).toEqual([]);
    expect(yearPlanWarnings(2026, [{ marks: ['netvaerk'] }]).map((w) => w.code)).toEqual([
      'faerre_end_fire_moeder',
      'mangler_socialudvalget',
    ]);
    expect(yearPlanWarnings(2026, [])[0]!.message).toContain('ikke planlagt nogen møder i 2026');
  });

  it('treats an item closed between meetings by its date, and keeps old minutes as they were', () => {
    const base = {
      meetingId: 1,
      meetingDate: '2026-03-12',
      status: 'closed' as const,
      closedAtMeetingId: null,
    };
    const between = { ...base, closedAt: '2026-05-01' };
    expect(carriedForward([between], { id: 2, date: '2026-06-11' })).toEqual([]);
    expect(carriedForward([between], { id: 2, date: '2026-04-20' })).toEqual([between]);
    const action = {
      id: 9,
      text: 'x',
      responsible: '',
      deadline: null,
      agendaItemId: null,
      ...base,
      closedAt: '2026-09-10',
      closedAtMeetingId: 3,
    };
    expect(statusAt(action, { id: 2, date: '2026-06-11' })).toBe('open');
    expect(statusAt(action, { id: 3, date: '2026-09-10' })).toBe('closed');
  });

  it('names the files by what and when, safely, and writes times the Danish way', () => {
    expect(meetingFileName('referat', 'Følgegruppen', '2026-03-12')).toBe(
      'Referat - Følgegruppen - 2026-03-12.docx',
    );
    expect(meetingFileName('dagsorden', 'Gruppe: A/B', '2026-03-12')).toBe(
      'Dagsorden - Gruppe AB - 2026-03-12.docx',
    );
    expect(formatTimes('15:00', '17:30')).toBe('kl. 15.00–17.30');
    expect(formatTimes('', '')).toBe('');
  });
});
