import { makeStyles, tokens } from '@fluentui/react-components';

export const usePageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: '1400px',
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  /**
   * Around a table with a minimum width: a narrower window scrolls it sideways instead of squeezing
   * its labels into the next column (Fluent's tables share the width out column by column).
   */
  tableScroller: { overflowX: 'auto' },
  /**
   * A scrolled table's actions column stays in view at the right edge, so its buttons do too. It is
   * opaque in the row's own colour (hovered too), and a faint shadow on its left shows
   * that it floats over the columns scrolled beneath it.
   */
  stickyActions: {
    position: 'sticky',
    right: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `-1px 0 0 ${tokens.colorNeutralStroke2}, -6px 0 6px -6px ${tokens.colorNeutralShadowKey}`,
    // Fluent colours a table's row, not its cells, on hover.
    ':global(.fui-TableBody .fui-TableRow:hover)': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
});
