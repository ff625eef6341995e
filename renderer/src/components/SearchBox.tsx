import { Input } from '@fluentui/react-components';
import { Search24Regular } from '@fluentui/react-icons';

/**
 * The search field every list view has, labelled for screen readers. Without `value` the field
 * keeps what is typed itself.
 */
export function SearchBox({
  label,
  placeholder,
  value,
  onChange,
  width = 320,
}: {
  label: string;
  placeholder: string;
  value?: string;
  onChange(value: string): void;
  width?: number;
}) {
  return (
    <Input
      style={{ width }}
      type="search"
      contentBefore={<Search24Regular />}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(_e, d) => onChange(d.value)}
    />
  );
}
