import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Meeting, MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { call } from '../../api/client';

const GROUP = ['followupGroup'] as const;
const MEETINGS = ['meetings'] as const;

export function useGroup() {
  return useQuery({ queryKey: GROUP, queryFn: () => call('followupGroup.get', {}) });
}

export function useYearPlan(year: number) {
  return useQuery({
    queryKey: [...MEETINGS, 'year', year],
    queryFn: () => call('meetings.yearPlan', { year }),
  });
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: [...MEETINGS, id], queryFn: () => call('meetings.get', { id }) });
}

/** A change to the group or its members: warnings, attendance lists and names may all move. */
function useGroupChange<M extends MethodName>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: GROUP });
      await client.invalidateQueries({ queryKey: MEETINGS });
    },
  });
}

export const useUpdateGroup = () => useGroupChange('followupGroup.update');
export const useAddMember = () => useGroupChange('followupGroup.addMember');
export const useUpdateMember = () => useGroupChange('followupGroup.updateMember');
export const useRemoveMember = () => useGroupChange('followupGroup.removeMember');

type MeetingMethod = {
  [M in MethodName]: MethodOutput<M> extends Meeting ? M : never;
}[MethodName];

/**
 * A change inside one meeting returns the whole meeting: show it at once, then refresh the year
 * plan and the neighbouring meetings (item 2 of the next one reads this one's action items).
 */
export function useMeetingChange<M extends MeetingMethod>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input) as Promise<Meeting>,
    onSuccess: async (meeting) => {
      client.setQueryData([...MEETINGS, meeting.id], meeting);
      await client.invalidateQueries({ queryKey: MEETINGS, predicate: (q) => q.queryKey[1] !== meeting.id });
    },
  });
}

/** Action items and year-plan changes touch several meetings; refresh them all. */
function useMeetingsChange<M extends MethodName>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () => client.invalidateQueries({ queryKey: MEETINGS }),
  });
}

export const usePlanYear = () => useMeetingsChange('meetings.planYear');
export const useDeleteMeeting = () => useMeetingsChange('meetings.delete');
export const useAddAction = () => useMeetingsChange('actionItems.add');
export const useUpdateAction = () => useMeetingsChange('actionItems.update');
export const useCloseAction = () => useMeetingsChange('actionItems.close');
export const useReopenAction = () => useMeetingsChange('actionItems.reopen');
export const useRemoveAction = () => useMeetingsChange('actionItems.remove');
