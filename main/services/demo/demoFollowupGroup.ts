import type { ActionFields, AgendaItemFieldsInput, MemberFieldsInput } from '../../../shared/api';
import type { MeetingMark } from '../../../shared/domain';

/** A demo member: the segment by name, resolved against the register's own list. */
export type DemoMember = Omit<MemberFieldsInput, 'segmentId'> & { segment?: string };

/** Members by name instead of person ids, so the data reads like the minutes it becomes. */
export interface DemoMeeting {
  date: string;
  /** Held meetings get their attendance recorded. */
  held: boolean;
  place: string;
  marks: MeetingMark[];
  chair: string;
  referent: string;
  guests: string;
  absent: string[];
  items: (Omit<AgendaItemFieldsInput, 'partnershipIds'> & { partnerships?: string[] })[];
  /** Raised under the item with the same title; `closeAt`: the date of the meeting that closes it. */
  actions: (Omit<ActionFields, 'responsiblePersonId' | 'responsible' | 'deadline'> & {
    item: string;
    responsible: string;
    deadline: string;
    closeAt?: string;
  })[];
  approvedAt?: string;
}

export const DEMO_CHARTER = `Kommissorium for følgegruppen

Formål: Følgegruppen følger implementeringen af strategien «Sammen om det frivillige sociale arbejde» og sikrer et tæt samarbejde mellem kommunen og de frivillige sociale foreninger.

Sammensætning: Frivilligcenter Faaborg-Midtfyn og Huset i Faaborg har hver én fast plads. De øvrige medlemmer vælges af de frivillige sociale foreninger ved Socialudvalgets årlige Nytårskur. Gruppen sammensættes bredt med repræsentanter for foreninger for børn og unge, voksne, ældre, patientforeninger og integrationsområdet.

Møder: Følgegruppen mødes fire gange om året med frivilligkonsulenten og lederen af Det Mobile Sundhedscenter. Ét møde holdes med Socialudvalget og ét med Netværk for Fællesskab.

Opgaver: Følgegruppen giver input til Nytårskuren og til de 1-2-årige handleplaner for indsatsområderne.`;

export const DEMO_CASE_NUMBER = '27.15.12-A00-1-26';

/** Every segment represented; one elected term has run out, so the group view has something to say. */
export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    name: 'Lone Madsen',
    organisation: 'Frivilligcenteret',
    seatKind: 'fast',
    segment: 'Voksne',
    role: 'Leder',
  },
  {
    name: 'Peter Lund',
    organisation: 'Huset i Faaborg',
    seatKind: 'fast',
    segment: 'Voksne',
    role: 'Daglig leder',
  },
  {
    name: 'Mette Skov',
    organisation: 'KFUM-Spejderne i Ringe',
    seatKind: 'valgt',
    segment: 'Børn og unge',
    electedAt: '2025-01-10',
    termEnd: '2027-01-31',
  },
  {
    name: 'Bent Kristensen',
    organisation: 'Ældre Sagen',
    seatKind: 'valgt',
    segment: 'Ældre',
    electedAt: '2024-01-12',
    termEnd: '2026-01-31',
  },
  {
    name: 'Hanne Jørgensen',
    organisation: 'Hjerteforeningen',
    seatKind: 'valgt',
    segment: 'Patientforeninger',
    electedAt: '2025-01-10',
    termEnd: '2027-01-31',
  },
  {
    name: 'Ahmad Rahimi',
    organisation: 'Venligboerne',
    seatKind: 'valgt',
    segment: 'Integration',
    electedAt: '2026-01-09',
    termEnd: '2028-01-31',
  },
  { name: 'Karin Holm', seatKind: 'kommunal', role: 'Frivilligkonsulent' },
  { name: 'Jens Brandt', seatKind: 'kommunal', role: 'Leder af Det Mobile Sundhedscenter' },
];

const PLACE = 'Rådhuset, mødelokale 2';

/**
 * Three held meetings and one ahead: an action item raised at the first meeting stays open and
 * rolls forward under item 2 of the next ones; another is closed at the second meeting.
 */
export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    date: '2026-03-12',
    held: true,
    place: PLACE,
    marks: [],
    chair: 'Lone Madsen',
    referent: 'Karin Holm',
    guests: '',
    absent: ['Hanne Jørgensen'],
    items: [
      {
        title: 'Evaluering af Nytårskuren',
        kind: 'D',
        presenter: 'Karin Holm',
        background:
          'Nytårskuren samlede 120 frivillige. Følgegruppen drøfter, hvad der skal gentages næste år.',
        notes: 'Stor ros til programmet. Flere ønsker mere tid til at mødes på tværs af foreningerne.',
        conclusion: 'Næste Nytårskur får en længere pause og en fælles spisning.',
      },
      {
        title: 'Samskabelsespuljen 2026',
        kind: 'B',
        presenter: 'Jens Brandt',
        background: '10 % af §18-puljen er afsat til samskabelse. Der er kommet fire ansøgninger.',
        decision: 'Følgegruppen anbefaler, at Demenscaféen og Madfællesskabet får støtte.',
        partnerships: ['Demenscaféen'],
      },
    ],
    actions: [
      {
        item: 'Evaluering af Nytårskuren',
        text: 'Lave en oversigt over foreninger, der ikke er repræsenteret i følgegruppen',
        responsible: 'Karin Holm',
        deadline: '2026-05-01',
      },
      {
        item: 'Samskabelsespuljen 2026',
        text: 'Sende indstillingen om Samskabelsespuljen til Socialudvalget',
        responsible: 'Jens Brandt',
        deadline: '2026-04-01',
        closeAt: '2026-06-11',
      },
    ],
    approvedAt: '2026-03-19',
  },
  {
    date: '2026-06-11',
    held: true,
    place: PLACE,
    marks: ['socialudvalget'],
    chair: 'Lone Madsen',
    referent: 'Karin Holm',
    guests: 'Formanden for Socialudvalget\nTo medlemmer af Socialudvalget',
    absent: ['Peter Lund'],
    items: [
      {
        title: 'Dialog med Socialudvalget om strategien',
        kind: 'D',
        presenter: 'Lone Madsen',
        background: 'Socialudvalget deltager i årets første fællesmøde.',
        notes: 'Udvalget vil gerne se flere samarbejder med de lokale fællesskaber.',
        conclusion: 'Frivilligkonsulenten forbereder et oplæg til mødet med Netværk for Fællesskab.',
      },
    ],
    actions: [
      {
        item: 'Dialog med Socialudvalget om strategien',
        text: 'Forberede oplæg om lokale fællesskaber',
        responsible: 'Karin Holm',
        deadline: '2026-09-01',
      },
    ],
    approvedAt: '2026-06-18',
  },
  {
    date: '2026-09-10',
    held: true,
    place: 'Frivilligcenteret',
    marks: ['netvaerk'],
    chair: 'Lone Madsen',
    referent: 'Karin Holm',
    guests: 'Koordinator for Netværk for Fællesskab',
    absent: [],
    items: [
      {
        title: 'Oplæg om lokale fællesskaber',
        kind: 'O',
        presenter: 'Karin Holm',
        background: 'Oplægget fra mødet i juni.',
        notes: 'Netværket tilbyder at samle fællesskaberne til et fælles møde i foråret.',
      },
    ],
    actions: [],
  },
  {
    date: '2026-12-10',
    held: false,
    place: PLACE,
    marks: [],
    chair: 'Lone Madsen',
    referent: 'Karin Holm',
    guests: '',
    absent: [],
    items: [{ title: 'Forberedelse af Nytårskuren 2027', kind: 'D', presenter: 'Karin Holm' }],
    actions: [],
  },
];
