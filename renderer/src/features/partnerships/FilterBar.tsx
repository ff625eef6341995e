import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';
import type { LookupLists } from '../../../../shared/api';
import {
  AGREEMENT_KINDS,
  AGREEMENT_KIND_LABELS,
  FLAG_CODES,
  FLAG_LABELS,
  INVOLVEMENT_LABELS,
  INVOLVEMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  QUADRANTS,
  QUADRANT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPES,
  VOLUNTEER_TYPE_LABELS,
  nextTwelveMonths,
  toIsoDate,
} from '../../../../shared/domain';
import { codeOptions, listOptions } from '../../components/options';
import { NO_FILTERS, activeFilterCount, type PartnershipFilters } from './filters';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  select: { minWidth: '150px', maxWidth: '220px' },
});

interface Props {
  filters: PartnershipFilters;
  onChange(filters: PartnershipFilters): void;
  lists: LookupLists | undefined;
}

/** One compact select per filter; the first option of each means "all". */
/** Memoised: typing a search re-renders the register view, which need not redraw every filter. */
export const FilterBar = memo(function FilterBar({ filters, onChange, lists }: Props) {
  const styles = useStyles();
  const select = <K extends keyof PartnershipFilters>(
    key: K,
    label: string,
    allText: string,
    options: ReactNode,
  ) => (
    <Select
      className={styles.select}
      size="small"
      aria-label={label}
      value={filters[key]}
      onChange={(_e, d) => onChange({ ...filters, [key]: d.value })}
    >
      <option value="">{allText}</option>
      {options}
    </Select>
  );

  return (
    <div className={styles.bar} role="group" aria-label="Filtre">
      {select(
        'quadrant',
        'Kvadrant',
        'Alle kvadranter',
        QUADRANTS.map((q) => (
          <option key={q} value={String(q)} title={QUADRANT_LABELS[q]}>
            Kvadrant {q}
          </option>
        )),
      )}
      {select(
        'volunteerType',
        'Frivillig type',
        'Alle typer',
        codeOptions(VOLUNTEER_TYPES, VOLUNTEER_TYPE_LABELS),
      )}
      {select(
        'involvement',
        'Involvering',
        'Al involvering',
        codeOptions(INVOLVEMENT_LEVELS, INVOLVEMENT_LABELS),
      )}
      {select('unitId', 'Enhed', 'Alle enheder', listOptions(lists?.units))}
      {select('status', 'Status', 'Alle statusser', codeOptions(PARTNERSHIP_STATUSES, STATUS_LABELS))}
      {select(
        'agreementKind',
        'Aftaletype',
        'Alle aftaletyper',
        codeOptions(AGREEMENT_KINDS, AGREEMENT_KIND_LABELS),
      )}
      {select('strategyGoalId', 'Strategimål', 'Alle strategimål', listOptions(lists?.strategyGoals))}
      {select('flag', 'Advarsler', 'Alle – med og uden advarsler', [
        <option key="any" value="any">
          Alle med advarsler
        </option>,
        ...codeOptions(FLAG_CODES, FLAG_LABELS),
      ])}
      {select(
        'endsIn',
        'Udløber',
        'Alle udløbsdatoer',
        nextTwelveMonths(toIsoDate(new Date())).map((m) => (
          <option key={m.key} value={m.key}>
            Udløber i {m.long}
          </option>
        )),
      )}
      {activeFilterCount(filters) > 0 && (
        <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
          Ryd filtre
        </Button>
      )}
    </div>
  );
});
