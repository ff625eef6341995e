import { memo, useEffect, useRef, type ComponentProps } from 'react';
import { SearchBox } from './SearchBox';

type Props = Omit<ComponentProps<typeof SearchBox>, 'value' | 'onChange'> & {
  /** Called with what is typed once typing pauses for `delayMs`. */
  onSearch(query: string): void;
  delayMs?: number;
};

/**
 * The search field of a long list. The field keeps what is typed itself and a key press only
 * restarts a timer, so typing draws nothing in React; the list around it changes once per pause
 * rather than once per key. Memoised: the list's new result does not draw the field again.
 */
export const DebouncedSearchBox = memo(function DebouncedSearchBox({
  onSearch,
  delayMs = 150,
  ...box
}: Props) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The timer calls the newest `onSearch`, not the one of the render it was started in.
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <SearchBox
      {...box}
      onChange={(value) => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => search.current(value), delayMs);
      }}
    />
  );
});
