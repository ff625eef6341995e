import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationFieldsInput } from '../../../../shared/api';
import { call } from '../../api/client';

export function useOrganisations() {
  return useQuery({ queryKey: ['organisations'], queryFn: () => call('organisations.list', {}) });
}

export function useSaveOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: number; fields: OrganisationFieldsInput }) =>
      call('organisations.update', { id, fields }),
    // A renamed partner shows up in every partnership row too.
    onSuccess: () => client.invalidateQueries(),
  });
}
