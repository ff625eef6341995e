import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** Full-text search ids, or null when there is no query (every row matches). */
export function useSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: [...PARTNERSHIPS, 'search', trimmed],
    queryFn: () => call('partnerships.search', { query: trimmed }),
    enabled: trimmed !== '',
    placeholderData: keepPreviousData,
  });
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
