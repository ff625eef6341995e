import { Input, type InputProps } from '@fluentui/react-components';
import { UNREADABLE_DATE, dateOf } from './dateText';

type Props = Omit<InputProps, 'type' | 'value' | 'onChange'> & {
  /** An ISO date, '' for none, or UNREADABLE_DATE. */
  value: string;
  /** Gets UNREADABLE_DATE, not '', when the typed text is no date; a form's save then refuses it. */
  onChange(value: string): void;
  /**
   * For filters: a date that cannot be read is not passed on, so the last good one stays in
   * force while the user finishes typing.
   */
  ignoreUnreadable?: boolean;
};

/** Every date field in the app. */
export function DateInput({ value, onChange, ignoreUnreadable = false, ...rest }: Props) {
  return (
    <Input
      {...rest}
      type="date"
      // '' matches what the input itself reports, so React leaves the user's text standing.
      value={value === UNREADABLE_DATE ? '' : value}
      onChange={(event) => {
        const date = dateOf(event.target);
        if (!(ignoreUnreadable && date === UNREADABLE_DATE)) onChange(date);
      }}
    />
  );
}
