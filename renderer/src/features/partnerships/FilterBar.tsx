import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
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
} from '../../../../shared/domain';
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
export function FilterBar({ filters, onChange, lists }: Props) {
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
        VOLUNTEER_TYPES.map((t) => (
          <option key={t} value={t}>
            {VOLUNTEER_TYPE_LABELS[t]}
          </option>
        )),
      )}
      {select(
        'involvement',
        'Involvering',
        'Al involvering',
        INVOLVEMENT_LEVELS.map((l) => (
          <option key={l} value={l}>
            {INVOLVEMENT_LABELS[l]}
          </option>
        )),
      )}
      {select(
        'unitId',
        'Enhed',
        'Alle enheder',
        (lists?.units ?? []).map((u) => (
          <option key={u.id} value={String(u.id)}>
            {u.name}
          </option>
        )),
      )}
      {select(
        'status',
        'Status',
        'Alle statusser',
        PARTNERSHIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        )),
      )}
      {select(
        'agreementKind',
        'Aftaletype',
        'Alle aftaletyper',
        AGREEMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {AGREEMENT_KIND_LABELS[k]}
          </option>
        )),
      )}
      {select(
        'strategyGoalId',
        'Strategimål',
        'Alle strategimål',
        (lists?.strategyGoals ?? []).map((g) => (
          <option key={g.id} value={String(g.id)}>
            {g.name}
          </option>
        )),
      )}
      {select('flag', 'Advarsler', 'Alle – med og uden advarsler', [
        <option key="any" value="any">
          Alle med advarsler
        </option>,
        ...FLAG_CODES.map((f) => (
          <option key={f} value={f}>
            {FLAG_LABELS[f]}
          </option>
        )),
      ])}
      {activeFilterCount(filters) > 0 && (
        <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
          Ryd filtre
        </Button>
      )}
    </div>
  );
}
