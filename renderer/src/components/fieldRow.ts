import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * Fields side by side in a form, in columns of the given shares (`fieldRow(1, 1)`: two equal
 * columns). A column, and the control in it, may be narrower than the control would like (a long
 * option, a date picker): the last field of a row then stays inside its dialog or panel instead
 * of running past its edge, as plain `1fr` columns let it.
 */
export function fieldRow(...shares: number[]): GriffelStyle {
  const mayShrink = { minWidth: '0' };
  return {
    display: 'grid',
    gridTemplateColumns: shares.map((share) => `minmax(0, ${String(share)}fr)`).join(' '),
    gap: tokens.spacingHorizontalM,
    // A message under one field does not stretch the field beside it.
    alignItems: 'start',
    '& > *': mayShrink,
    '& .fui-Input': mayShrink,
    '& .fui-Select': mayShrink,
    '& input': mayShrink,
    '& select': mayShrink,
  };
}
