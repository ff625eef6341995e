import { ApiFailure, type AgendaItemFields, type Meeting } from '../../../shared/api';
import {
  PORTFOLIO_ITEM,
  addDays,
  formatDateShort,
  isFixedItem,
  pinnedOrder,
  portfolioPack,
  type PortfolioPackContent,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { createMatrixService } from '../matrix';
import type { PartnershipService } from '../partnerships';
import type { FollowupCommon } from './common';
import type { MeetingService } from './meetings';

/** Without a previous meeting, the pack looks back this far. */
const FIRST_PACK_DAYS = 90;

function packSummary(pack: PortfolioPackContent): string {
  const parts = [
    `${String(pack.new.length)} nye`,
    `${String(pack.ended.length)} afsluttede`,
    `${String(pack.expiring.length)} udløber inden for 90 dage`,
    `${String(pack.moved.length)} flyttet i matrixen`,
  ];
  return `Siden ${formatDateShort(pack.since)}: ${parts.join(', ')}.`;
}

/** The agenda builder: items, their order (standing items pinned) and the portfolio pack. */
export function createAgendaService(
  repos: Repositories,
  common: FollowupCommon,
  meetings: MeetingService,
  partnerships: PartnershipService,
  matrix: Pick<ReturnType<typeof createMatrixService>, 'history'>,
) {
  function checkLinks(fields: AgendaItemFields): void {
    common.mustBePerson(fields.presenterPersonId, 'presenterPersonId');
    if (fields.partnershipIds.some((id) => !repos.partnerships.get(id)))
      throw new ApiFailure('validation', 'Punktet henviser til et samarbejde, der ikke findes.', [
        { path: 'partnershipIds', message: 'Et af samarbejderne findes ikke længere. Vælg igen.' },
      ]);
    if (fields.strategyGoalIds.some((id) => !repos.lists.exists('strategyGoals', id)))
      throw new ApiFailure('validation', 'Punktet henviser til et strategimål, der ikke findes.', [
        { path: 'strategyGoalIds', message: 'Et af strategimålene findes ikke længere. Vælg igen.' },
      ]);
  }

  function editableMeetingOfItem(itemId: number): number {
    const meetingId = repos.agendaItems.meetingOf(itemId);
    if (meetingId === undefined)
      throw new ApiFailure('not_found', 'Punktet findes ikke længere på dagsordenen.');
    common.editableMeeting(meetingId);
    return meetingId;
  }

  /** Stores the pinned order of `ids` (or of the stored order when none is given). */
  function pin(meetingId: number, ids?: readonly number[]): void {
    const items = repos.agendaItems.ofMeeting(meetingId);
    const byId = new Map(items.map((i) => [i.id, i]));
    const wanted = ids ? ids.flatMap((id) => byId.get(id) ?? []) : items;
    repos.agendaItems.reorder(pinnedOrder(wanted).map((i) => i.id));
  }

  function append(
    meetingId: number,
    fields: AgendaItemFields,
    extra: Pick<Parameters<typeof repos.agendaItems.add>[2], 'standing' | 'portfolio'>,
  ): void {
    const position = repos.agendaItems.ofMeeting(meetingId).length;
    repos.agendaItems.add(meetingId, position, { ...fields, ...extra });
    pin(meetingId);
  }

  return {
    add(meetingId: number, fields: AgendaItemFields): Meeting {
      return repos.transaction(() => {
        common.editableMeeting(meetingId);
        checkLinks(fields);
        append(meetingId, fields, { standing: null, portfolio: null });
        return meetings.view(meetingId);
      });
    },
    update(id: number, fields: AgendaItemFields): Meeting {
      return repos.transaction(() => {
        const meetingId = editableMeetingOfItem(id);
        checkLinks(fields);
        repos.agendaItems.update(id, fields);
        return meetings.view(meetingId);
      });
    },
    remove(id: number): Meeting {
      return repos.transaction(() => {
        const meetingId = editableMeetingOfItem(id);
        const item = repos.agendaItems.ofMeeting(meetingId).find((i) => i.id === id);
        if (item && isFixedItem(item.standing))
          throw new ApiFailure(
            'conflict',
            `«${item.title}» står på hver dagsorden og kan ikke fjernes. Skriv "Intet" i punktet, hvis der ikke er noget.`,
          );
        repos.agendaItems.remove(id);
        pin(meetingId);
        return meetings.view(meetingId);
      });
    },
    /** `itemIds` must be exactly the meeting's items; standing items keep their places whatever is sent. */
    reorder(meetingId: number, itemIds: readonly number[]): Meeting {
      return repos.transaction(() => {
        common.editableMeeting(meetingId);
        const stored = repos.agendaItems.ofMeeting(meetingId).map((i) => i.id);
        const same =
          new Set(itemIds).size === itemIds.length &&
          itemIds.length === stored.length &&
          stored.every((id) => itemIds.includes(id));
        if (!same)
          throw new ApiFailure(
            'conflict',
            'Dagsordenen er ændret i mellemtiden, så rækkefølgen passer ikke længere. Hent mødet igen og prøv igen.',
          );
        pin(meetingId, itemIds);
        return meetings.view(meetingId);
      });
    },
    /**
     * Adds (or refreshes) the item about the portfolio since the previous meeting: new, ended,
     * expiring and moved partnerships, linked to the item, frozen as they are today.
     */
    addPortfolioPack(meetingId: number): Meeting {
      return repos.transaction(() => {
        common.editableMeeting(meetingId);
        const today = common.today();
        const since = meetings.view(meetingId).previousMeeting?.date ?? addDays(today, -FIRST_PACK_DAYS);
        const pack = portfolioPack(partnerships.list(), matrix.history(), since, today);
        for (const old of repos.agendaItems.ofMeeting(meetingId).filter((i) => i.standing === 'portefoelje'))
          repos.agendaItems.remove(old.id);
        const linked = [...pack.new, ...pack.ended, ...pack.expiring, ...pack.moved].map((p) => p.id);
        append(
          meetingId,
          {
            title: PORTFOLIO_ITEM.title,
            kind: PORTFOLIO_ITEM.kind,
            presenterPersonId: null,
            presenter: '',
            background: packSummary(pack),
            notes: '',
            conclusion: '',
            decision: '',
            partnershipIds: [...new Set(linked)],
            strategyGoalIds: [],
          },
          { standing: 'portefoelje', portfolio: pack },
        );
        return meetings.view(meetingId);
      });
    },
  };
}
