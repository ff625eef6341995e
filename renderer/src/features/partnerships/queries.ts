import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { PartnershipFieldsInput } from '../../../../shared/api';
import { call } from '../../api/client';

const PARTNERSHIPS = ['partnerships'] as const;

export function usePartnerships() {
  return useQuery({ queryKey: PARTNERSHIPS, queryFn: () => call('partnerships.list', {}) });
}

export function useLookupLists() {
  return useQuery({ queryKey: ['lists'], queryFn: () => call('lists.all', {}) });
}

export function useHistory(id: number) {
  return useQuery({
    queryKey: [...PARTNERSHIPS, id, 'history'],
    queryFn: () => call('partnerships.history', { id }),
  });
}

function searchOptions(query: string) {
  return {
    queryKey: [...PARTNERSHIPS, 'search', query],
    queryFn: () => call('partnerships.search', { query }),
    // Answers are reused while typing back and forth; a save invalidates them all.
    staleTime: 60_000,
  };
}

/**
 * Search as you type over the register. `hits` are the ids matching `query`, the last query whose
 * answer has arrived, or null with no query (every row matches). The view changes once per search,
 * when its answer is there, not also when it is sent: a list of 10,000 is drawn once per key.
 * An answer to a query the user has typed past is dropped.
 */
export function useRegisterSearch() {
  const client = useQueryClient();
  const [query, setQuery] = useState('');
  const latest = useRef('');
  const search = useCallback(
    (typed: string) => {
      const trimmed = typed.trim();
      latest.current = trimmed;
      if (trimmed === '') return setQuery('');
      // prefetchQuery never rejects; a failed search shows as no search, as before.
      void client.prefetchQuery(searchOptions(trimmed)).then(() => {
        if (latest.current === trimmed) setQuery(trimmed);
      });
    },
    [client],
  );
  const answer = useQuery({ ...searchOptions(query), enabled: query !== '', notifyOnChangeProps: ['data'] });
  return { query, hits: query === '' ? null : (answer.data ?? null), search };
}

/** Creates when `id` is null, else updates (with the reason for the history). */
export function useSavePartnership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      fields,
      reason,
    }: {
      id: number | null;
      fields: PartnershipFieldsInput;
      reason: string;
    }) =>
      id === null ? call('partnerships.create', fields) : call('partnerships.update', { id, fields, reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: PARTNERSHIPS }),
  });
}

export function useDeletePartnership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('partnerships.delete', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: PARTNERSHIPS }),
  });
}

export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('demo.load', {}),
    onSuccess: () => client.invalidateQueries(),
  });
}
