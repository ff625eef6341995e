import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';

export function useMatrixPositions() {
  return useQuery({ queryKey: ['matrix', 'positions'], queryFn: () => call('matrix.positions', {}) });
}

export function useSavePosition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'matrix.savePosition'>) => call('matrix.savePosition', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['matrix', 'positions'] }),
  });
}

export function useReclassify() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'partnerships.reclassify'>) => call('partnerships.reclassify', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useMatrixHistory() {
  return useQuery({
    queryKey: ['partnerships', 'matrix-history'],
    queryFn: () => call('matrix.history', {}),
  });
}
