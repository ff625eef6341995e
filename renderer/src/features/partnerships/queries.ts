import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnershipFieldsInput } from '../../../../shared/api';
import { call } from '../../api/client';

const PARTNERSHIPS = ['partnerships'] as const;

export function usePartnerships() {
  return useQuery({ queryKey: PARTNERSHIPS, queryFn: () => call('partnerships.list', {}) });
}

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: () => call('units.list', {}), staleTime: Infinity });
}

/** Creates when `id` is null, else updates; either way the list is refreshed afterwards. */
export function useSavePartnership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: number | null; fields: PartnershipFieldsInput }) =>
      id === null ? call('partnerships.create', fields) : call('partnerships.update', { id, fields }),
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
