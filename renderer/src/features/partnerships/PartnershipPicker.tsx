import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { compareDanish } from '../../../../shared/domain';
import { usePartnerships } from './queries';

/** How many matches the list shows at once: type more to narrow it. */
const SHOWN = 30;
const NO_MATCH = 'ingen';

/** Links partnerships to an agenda item: type part of a title or partner, pick from the list. */
export function PartnershipPicker({
  selected,
  titles,
  onChange,
  disabled,
  validationMessage,
}: {
  selected: readonly number[];
  /** Titles of the already linked ones, so tags read right before the register has loaded. */
  titles: ReadonlyMap<number, string>;
  onChange(ids: number[]): void;
  disabled?: boolean;
  validationMessage?: string;
}) {
  const partnerships = usePartnerships();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase('da');
    return (partnerships.data ?? [])
      .filter((p) => !selected.includes(p.id))
      .filter((p) => !needle || `${p.title} ${p.partner}`.toLocaleLowerCase('da').includes(needle))
      .sort((a, b) => compareDanish(a.title, b.title))
      .slice(0, SHOWN);
  }, [partnerships.data, query, selected]);
  const titleOf = (id: number) =>
    titles.get(id) ?? partnerships.data?.find((p) => p.id === id)?.title ?? `Samarbejde ${String(id)}`;

  return (
    <Field
      label="Tilknyttede samarbejder"
      validationMessage={validationMessage}
      validationState={validationMessage ? 'error' : 'none'}
    >
      <TagPicker
        disabled={disabled}
        selectedOptions={selected.map(String)}
        onOptionSelect={(_e, data) => {
          if (data.value === NO_MATCH) return;
          onChange(data.selectedOptions.map(Number));
          setQuery('');
        }}
      >
        <TagPickerControl expandIcon={{ 'aria-label': 'Vis listen over samarbejder' }}>
          <TagPickerGroup aria-label="Valgte samarbejder">
            {selected.map((id) => (
              <Tag key={id} value={String(id)} shape="rounded">
                {titleOf(id)}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            aria-label="Søg efter et samarbejde at tilknytte"
            placeholder={selected.length ? '' : 'Skriv en del af titlen eller partneren …'}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {options.length === 0 ? (
            <TagPickerOption value={NO_MATCH}>Ingen samarbejder passer</TagPickerOption>
          ) : (
            options.map((p) => (
              <TagPickerOption key={p.id} value={String(p.id)} secondaryContent={p.partner} text={p.title}>
                {p.title}
              </TagPickerOption>
            ))
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
