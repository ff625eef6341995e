import type { EffortFieldsInput } from '../../../shared/api';
import { EXAMPLE_STRATEGY_GOALS } from '../../../shared/domain';

/** A demo effort: partnerships by title, resolved against the demo register. */
export type DemoEffort = Omit<EffortFieldsInput, 'partnershipIds'> & { partnerships?: string[] };

const [RAMMER, SYNLIGHED, ALLIANCER, OEKONOMI] = EXAMPLE_STRATEGY_GOALS as [string, string, string, string];
const PARATHED = 'Styrke vores organisatoriske parathed og åbenhed';
const INTEGRATION = 'Samarbejde om integration';

/**
 * Rødovre's action plan and its status (seeds 000 and 001), moved to today's years: a finished
 * period whose open efforts are carried on into the current plan.
 */
export const DEMO_PLAN = {
  title: 'Handleplan for frivilligt socialt arbejde 2025-26',
  period: '2025-26',
  description:
    'Handleplanen havde tre temaer: «Samarbejde på tværs», «Værdien af frivilligt socialt arbejde» og ' +
    '«Rummelige og mangfoldige foreningsfællesskaber».',
  goals: [
    {
      name: RAMMER,
      efforts: [
        {
          title: 'Samarbejdsforum for ledere og medarbejdere',
          focusArea: PARATHED,
          description:
            'Et samarbejdsforum for relevante ledere og medarbejdere på ældre-, sundheds- og integrationsområdet ' +
            'med deltagelse af frivilligcentret. Der holdes et årligt møde om vidensdeling og udvikling.',
          responsible: 'Frivilligkonsulenten',
          state: 'viderefoeres',
          statusText:
            'Inden forummet nedsættes, er der gennemført en spørgeskemaundersøgelse blandt institutioner og tilbud: ' +
            '60 procent inddrager frivillige, især på ældreområdet.\n' +
            'Seks medarbejdere deltager i et kursusforløb om samspil med civilsamfundet og bliver kernen i forummet.',
          partnerships: ['Demenscaféen'],
        },
        {
          title: 'Samarbejdsguide for ledere og medarbejdere',
          focusArea: PARATHED,
          description:
            'En guide med retningslinjer for, hvordan man kommer i gang med og fastholder et godt samarbejde med frivillige.',
          responsible: 'Frivilligkonsulenten',
          state: 'viderefoeres',
          statusText: 'Guidens indhold afventer den læring, forvaltningen får på kursusforløbet.',
        },
        {
          title: 'Måle værdien af frivilligt socialt arbejde',
          focusArea: 'Kan vi måle værdien af frivilligt socialt arbejde?',
          description:
            'Med en ekstern aktør går vi i dialog med to foreninger om at måle værdien af deres indsats.',
          state: 'gennemfoert',
          statusText:
            'Alle foreninger fik tilbuddet, men kun headspace tog imod det. headspace fortæller om erfaringerne ' +
            'på det årlige arrangement for foreningerne.',
          partnerships: ['Samtaletilbud for unge'],
        },
      ] satisfies DemoEffort[],
    },
    {
      name: SYNLIGHED,
      efforts: [
        {
          title: 'Dialogmøder med foreningerne',
          focusArea: 'Dialogmøder',
          description: 'Sammen med frivilligcentret udvikler vi dialogmødet som metode og samarbejdsform.',
          state: 'gennemfoert',
          statusText:
            'Der er holdt et dialogmøde om integration. Frivilligcentret inviterer fremover selv til dialogmøder; ' +
            'det står i samarbejdsaftalen.',
          partnerships: ['Venskabsfamilier for flygtninge'],
        },
        {
          title: 'Samarbejde og videndeling mellem foreninger',
          focusArea: 'Øget samarbejde og videndeling mellem foreninger',
          description: 'Vi kortlægger samarbejdsmuligheder mellem foreninger med fælles interesser.',
          state: 'gennemfoert',
          statusText:
            'Lungeforeningen, Diabetesforeningen og Hjerteforeningen holder sammen med Sundhedscentret en fælles sundhedsdag.',
          partnerships: ['Sundhedsdag'],
        },
        {
          title: 'Plads til alle i foreningerne',
          focusArea: 'Mangfoldige foreningsfællesskaber',
          description:
            'Dialog med foreningerne om at rekruttere medlemmer og frivillige med forskellige baggrunde.',
          state: 'viderefoeres',
          statusText:
            'Udpeget som frivilligt fokusområde; foreningerne opfordres til at søge § 18-midler til indsatser, ' +
            'der gør det lettere for flere at være frivillige.',
        },
      ] satisfies DemoEffort[],
    },
    {
      name: ALLIANCER,
      efforts: [
        {
          title: 'Knytte lokale virksomheder og foreninger tættere sammen',
          focusArea: 'Virksomheder og foreninger',
          description: 'Vi drøfter med frivilligcentret, hvilke initiativer vi sammen kan tage.',
          state: 'i_gang',
          statusText:
            'Frivilligcentret undersøger mulighederne for samarbejde mellem foreninger og virksomheder.',
        },
        {
          title: 'Netværksfamilier med Røde Kors',
          focusArea: INTEGRATION,
          description: 'Vi fortsætter og udvider samarbejdet med Røde Kors om netværksfamilier.',
          state: 'gennemfoert',
          statusText: 'Røde Kors og Venligboerne kan med det nuværende antal flygtninge løfte opgaven selv.',
          partnerships: ['Netværksfamilier', 'Venskabsfamilier for flygtninge'],
        },
        {
          title: 'Integration i boligområdet',
          focusArea: INTEGRATION,
          description: 'Styregruppen i boligområdet har tilbudt et samarbejde om integration af nye beboere.',
          state: 'opgivet',
          statusText: 'Ikke sat i gang, da kun én person er boligplaceret i området.',
        },
      ] satisfies DemoEffort[],
    },
    {
      name: OEKONOMI,
      efforts: [
        {
          title: 'Flere ansøgninger inden for indsatsområderne',
          focusArea: 'Styrke de politisk prioriterede indsatsområder',
          description: 'Vi undersøger, hvordan vi kan få flere ansøgninger inden for indsatsområderne.',
          state: 'gennemfoert',
          statusText: 'Kommunikationsstrategien «Frivilligt Fokus» er godkendt af udvalget.',
        },
      ] satisfies DemoEffort[],
    },
  ],
  /** The current plan, carried over from the one above, with this period's first status. */
  next: {
    period: '2026-27',
    statuses: {
      'Samarbejdsforum for ledere og medarbejdere': {
        state: 'i_gang',
        statusText: 'Forummet holdt sit første møde i september med ledere fra fire centre.',
      },
    } as Record<string, { state: EffortFieldsInput['state']; statusText: string }>,
    added: {
      goal: SYNLIGHED,
      effort: {
        title: 'Konference om ensomhed',
        focusArea: 'Dialogmøder',
        description: 'Frivilligcentret holder en konference om ensomhed med foreningerne og kommunen.',
        state: 'ikke_startet',
        partnerships: ['Demenscaféen', 'Besøgsvenner i daginstitutioner'],
      } satisfies DemoEffort,
    },
  },
};
