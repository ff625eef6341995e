import { ApiFailure, type FollowupGroup, type Member, type MemberFields } from '../../../shared/api';
import { DEFAULT_GROUP_NAME, groupWarnings, isTermExpired } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { StoredMember } from '../../db/repositories/followupMembers';
import type { FollowupCommon } from './common';

const KEYS = {
  name: 'followupGroup.name',
  charter: 'followupGroup.charter',
  caseNumber: 'followupGroup.caseNumber',
};

export interface GroupSettings {
  name: string;
  charter: string;
  caseNumber: string;
}

/** The group itself: its name, kommissorium and sagsnummer, and its members (persons with a seat). */
export function createGroupService(repos: Repositories, common: FollowupCommon) {
  const textSetting = (key: string, fallback: string): string => {
    const value = repos.settings.get(key);
    return typeof value === 'string' ? value : fallback;
  };

  function settings(): GroupSettings {
    return {
      name: textSetting(KEYS.name, DEFAULT_GROUP_NAME),
      charter: textSetting(KEYS.charter, ''),
      caseNumber: textSetting(KEYS.caseNumber, ''),
    };
  }

  const toMember = (m: StoredMember, today: string): Member => ({
    ...m,
    termExpired: isTermExpired(m.termEnd, today),
  });

  function mustGetMember(id: number): StoredMember {
    const member = repos.followupMembers.get(id);
    if (!member) throw new ApiFailure('not_found', 'Medlemmet findes ikke længere.');
    return member;
  }

  function checkSegment(fields: MemberFields): void {
    if (fields.segmentId !== null && !repos.lists.exists('segments', fields.segmentId))
      throw new ApiFailure('validation', 'Segmentet findes ikke længere.', [
        { path: 'segmentId', message: 'Segmentet findes ikke længere. Vælg et andet.' },
      ]);
  }

  /** The person row behind a member: the organisation found or created by name, side by seat. */
  function personOf(fields: MemberFields, now: string) {
    const organisationId = fields.organisation
      ? repos.organisations.findOrCreate(fields.organisation, null, now)
      : null;
    return {
      side: fields.seatKind === 'kommunal' ? ('kommune' as const) : ('partner' as const),
      organisationId,
    };
  }

  const seatOf = (f: MemberFields) => ({
    role: f.role,
    seatKind: f.seatKind,
    segmentId: f.segmentId,
    electedAt: f.electedAt,
    termEnd: f.termEnd,
    notes: f.notes,
  });

  function get(): FollowupGroup {
    const today = common.today();
    const members = repos.followupMembers.list().map((m) => toMember(m, today));
    return {
      ...settings(),
      members,
      warnings: groupWarnings(members, repos.lists.all('segments'), today),
    };
  }

  return {
    settings,
    get,
    update(patch: Partial<GroupSettings>): FollowupGroup {
      repos.transaction(() => {
        for (const [key, value] of Object.entries(patch))
          if (value !== undefined) repos.settings.set(KEYS[key as keyof GroupSettings], value);
      });
      return get();
    },
    addMember(fields: MemberFields): Member {
      return repos.transaction(() => {
        checkSegment(fields);
        const now = common.stamp();
        const { side, organisationId } = personOf(fields, now);
        const personId = repos.contacts.upsert(side, organisationId, fields, now);
        if (repos.followupMembers.idOfPerson(personId) !== undefined)
          throw new ApiFailure('conflict', `${fields.name} er allerede medlem af følgegruppen.`, [
            { path: 'name', message: 'Personen er allerede medlem.' },
          ]);
        const id = repos.followupMembers.add(personId, seatOf(fields), now);
        return toMember(mustGetMember(id), common.today());
      });
    },
    /** Corrects the person everywhere (one person, one row) and the seat. */
    updateMember(id: number, fields: MemberFields): Member {
      return repos.transaction(() => {
        const member = mustGetMember(id);
        checkSegment(fields);
        const now = common.stamp();
        const { side, organisationId } = personOf(fields, now);
        repos.contacts.update(
          {
            id: member.personId,
            side,
            organisationId,
            name: fields.name,
            email: fields.email,
            phone: fields.phone,
          },
          now,
        );
        repos.followupMembers.update(id, seatOf(fields), now);
        return toMember(mustGetMember(id), common.today());
      });
    },
    /** The seat goes; the person stays in earlier meetings' attendance and minutes. */
    removeMember(id: number): { id: number } {
      if (!repos.followupMembers.remove(id))
        throw new ApiFailure('not_found', 'Medlemmet findes ikke længere.');
      return { id };
    },
  };
}
export type GroupService = ReturnType<typeof createGroupService>;
