/** The standard clauses of an agreement; the municipality edits them in Indstillinger. */
export const CLAUSE_KEYS = [
  'tavshedspligt',
  'underretningspligt',
  'boerneattest',
  'straffeattest',
  'forsikring',
  'opsigelse',
  'uenighed',
] as const;
export type ClauseKey = (typeof CLAUSE_KEYS)[number];

export const CLAUSE_LABELS: Record<ClauseKey, string> = {
  tavshedspligt: 'Tavshedspligt',
  underretningspligt: 'Underretningspligt',
  boerneattest: 'Børneattest',
  straffeattest: 'Straffeattest',
  forsikring: 'Forsikring',
  opsigelse: 'Opsigelse',
  uenighed: 'Uenighed',
};

/**
 * Sensible Danish defaults, worded after the seeds' spilleregler (Faaborg-Midtfyn) and the usual
 * municipal agreements. They state mutual understanding; an agreement is not a binding contract.
 */
export const DEFAULT_CLAUSES: Record<ClauseKey, string> = {
  tavshedspligt:
    'De frivillige har tavshedspligt om de personlige forhold, de får kendskab til gennem deres frivillige arbejde. Tavshedspligten gælder også over for kommunen: de frivillige kan ikke pålægges at videregive oplysninger om borgere. Tavshedspligten fortsætter, når det frivillige arbejde ophører.',
  underretningspligt:
    'Alle, også frivillige, har pligt til at underrette kommunen, hvis de får kendskab til, at et barn eller en ung under 18 år udsættes for vanrøgt eller nedværdigende behandling eller lever under forhold, der bringer barnets sundhed eller udvikling i fare (Barnets lov).',
  boerneattest:
    'Der skal indhentes børneattest for frivillige, der har direkte kontakt med børn under 15 år og fast tilknytning til aktiviteten. Attesten indhentes, før den frivillige begynder. Modtager foreningen støtte efter servicelovens § 18, indhenter foreningen selv attesten; ellers indhenter kommunen den med den frivilliges samtykke.',
  straffeattest:
    'Frivillige, der kommer i borgernes hjem eller får adgang til deres ejendele, viser en straffeattest, før de begynder. Attesten ses og gives tilbage; der noteres kun, at den er set, og hvornår.',
  forsikring:
    'Frivillige, der udfører arbejde for eller i samarbejde med kommunen, er dækket af kommunens forsikringer efter kommunens gældende regler, i det omfang foreningen ikke selv har tegnet forsikring. Parterne afklarer forsikringsforholdene, før aktiviteten begynder.',
  opsigelse: 'Aftalen kan opsiges af begge parter med tre måneders varsel til udgangen af en måned.',
  uenighed:
    'Opstår der uenighed om aftalen eller samarbejdet, drøfter parterne den først på et dialogmøde. Kan uenigheden ikke løses, inddrages lederen af den kommunale enhed og foreningens formand.',
};

/** One saved wording of a standard clause; every edit is kept, newest last. */
export interface ClauseVersion {
  key: ClauseKey;
  text: string;
  savedAt: string;
}
