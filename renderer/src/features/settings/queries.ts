import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';

export function useSettings() {
  return useQuery({ queryKey: ['settings'], queryFn: () => call('settings.get', {}) });
}

/** Any change to settings or lists can change what the register shows; refresh everything. */
function useChange<I>(run: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries() });
}

export const useUpdateSettings = () =>
  useChange((input: MethodInput<'settings.update'>) => call('settings.update', input));
export const useAddListItem = () => useChange((input: MethodInput<'lists.add'>) => call('lists.add', input));
export const useRenameListItem = () =>
  useChange((input: MethodInput<'lists.rename'>) => call('lists.rename', input));
export const useRemoveListItem = () =>
  useChange((input: MethodInput<'lists.remove'>) => call('lists.remove', input));
