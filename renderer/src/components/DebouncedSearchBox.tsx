import { memo, useEffect, useState, type ComponentProps } from 'react';
import { SearchBox } from './SearchBox';
import { useDebouncedValue } from './useDebouncedValue';

type Props = Omit<ComponentProps<typeof SearchBox>, 'value' | 'onChange'> & {
  /** Called with what is typed once typing pauses for `delayMs`. */
  onSearch(query: string): void;
  delayMs?: number;
};

/**
 * The search field of a long list: it keeps what is typed to itself, so a key press re-renders
 * only the field, and the list around it changes once per pause rather than once per key.
 * Memoised: the list's new result does not draw the field again.
 */
export const DebouncedSearchBox = memo(function DebouncedSearchBox({
  onSearch,
  delayMs = 150,
  ...box
}: Props) {
  const [value, setValue] = useState('');
  const settled = useDebouncedValue(value, delayMs);
  useEffect(() => {
    onSearch(settled);
  }, [settled, onSearch]);
  return <SearchBox {...box} value={value} onChange={setValue} />;
});
