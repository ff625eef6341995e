import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditFilterInput, MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';

export function usePersons() {
  return useQuery({ queryKey: ['persons'], queryFn: () => call('persons.list', {}) });
}

export function useRetentionDue() {
  return useQuery({ queryKey: ['retention'], queryFn: () => call('retention.due', {}) });
}

export function useAuditLog(filter: AuditFilterInput) {
  return useQuery({ queryKey: ['audit', filter], queryFn: () => call('audit.list', filter) });
}

/** Persons show up in partnerships, the følgegruppe and the log: a change refreshes everything. */
function useChange<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries() });
}

export const useUpdatePerson = () =>
  useChange((input: MethodInput<'persons.update'>) => call('persons.update', input));
export const useMergePersons = () =>
  useChange((input: MethodInput<'persons.merge'>) => call('persons.merge', input));
export const useErasePerson = () =>
  useChange((input: MethodInput<'persons.erase'>) => call('persons.erase', input));
export const useApplyRetention = () =>
  useChange((input: MethodInput<'retention.apply'>) => call('retention.apply', input));

/** The access export: both files are handed to the browser (or Electron's save dialog). */
export const useExportPerson = () =>
  useChange(async (id: number) => {
    const files = await call('persons.export', { id });
    saveFile(files.json.fileName, files.json.contentBase64);
    saveFile(files.word.fileName, files.word.contentBase64);
    return files;
  });

export const useExportAuditLog = () =>
  useMutation({
    mutationFn: async (filter: AuditFilterInput) => {
      const file = await call('audit.export', filter);
      saveFile(file.fileName, file.contentBase64);
      return file;
    },
  });
