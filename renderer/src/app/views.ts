import {
  Board24Regular,
  Building24Regular,
  DocumentText24Regular,
  Grid24Regular,
  PeopleTeam24Regular,
  PersonLock24Regular,
  Settings24Regular,
  TaskListLtr24Regular,
  Handshake24Regular,
} from '@fluentui/react-icons';
import type { ComponentType } from 'react';

export type ViewId =
  | 'overblik'
  | 'samarbejder'
  | 'partnere'
  | 'matrix'
  | 'aftaler'
  | 'foelgegruppe'
  | 'handleplan'
  | 'personer'
  | 'indstillinger';

export interface ViewDefinition {
  id: ViewId;
  label: string;
  icon: ComponentType;
}

export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'overblik',
    label: 'Overblik',
    icon: Board24Regular,
  },
  { id: 'samarbejder', label: 'Samarbejder', icon: Handshake24Regular },
  { id: 'partnere', label: 'Partnere', icon: Building24Regular },
  {
    id: 'matrix',
    label: 'Matrix',
    icon: Grid24Regular,
  },
  {
    id: 'aftaler',
    label: 'Aftaler',
    icon: DocumentText24Regular,
  },
  {
    id: 'foelgegruppe',
    label: 'Følgegruppe',
    icon: PeopleTeam24Regular,
  },
  {
    id: 'handleplan',
    label: 'Handleplan',
    icon: TaskListLtr24Regular,
  },
  { id: 'personer', label: 'Personer', icon: PersonLock24Regular },
  {
    id: 'indstillinger',
    label: 'Indstillinger',
    icon: Settings24Regular,
  },
];

export const START_VIEW: ViewId = 'overblik';

export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return VIEWS.some((v) => v.id === id) ? (id as ViewId) : START_VIEW;
}
