import { ApiFailure, type LookupLists } from '../../shared/api';
import { LOOKUP_LIST_LABELS, type LookupList } from '../../shared/domain';
import type { Repositories } from '../db/repositories';

export function createLookupListService(repos: Repositories) {
  function refuseDuplicate(list: LookupList, name: string, exceptId?: number): void {
    const existing = repos.lists.findByName(list, name);
    if (existing !== undefined && existing !== exceptId) {
      throw new ApiFailure(
        'conflict',
        `«${name}» findes allerede på listen over ${LOOKUP_LIST_LABELS[list].plural.toLowerCase()}.`,
        [{ path: 'name', message: 'Navnet findes allerede. Vælg et andet.' }],
      );
    }
  }

  return {
    all: (): LookupLists => ({
      units: repos.lists.all('units'),
      welfareAreas: repos.lists.all('welfareAreas'),
      strategyGoals: repos.lists.all('strategyGoals'),
      segments: repos.lists.all('segments'),
    }),
    add(list: LookupList, name: string) {
      return repos.transaction(() => {
        refuseDuplicate(list, name);
        return { id: repos.lists.add(list, name) };
      });
    },
    rename(list: LookupList, id: number, name: string) {
      return repos.transaction(() => {
        refuseDuplicate(list, name, id);
        if (!repos.lists.rename(list, id, name))
          throw new ApiFailure('not_found', 'Punktet findes ikke længere.');
        return { id };
      });
    },
    /** Partnerships that used the item keep everything else; the reference is cleared. */
    remove(list: LookupList, id: number) {
      if (!repos.lists.remove(list, id)) throw new ApiFailure('not_found', 'Punktet findes ikke længere.');
      return { id };
    },
  };
}
