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
  /** A scrolled table's actions column stays in view at the right edge, so its buttons do too. */
  stickyActions: {
    position: 'sticky',
    right: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
