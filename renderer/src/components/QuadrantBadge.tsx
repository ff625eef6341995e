import { Badge, type BadgeProps } from '@fluentui/react-components';
import { memo } from 'react';
import { QUADRANT_LABELS, type Quadrant } from '../../../shared/domain';

const COLORS: Record<Quadrant, BadgeProps['color']> = {
  1: 'brand',
  2: 'success',
  3: 'informative',
  4: 'warning',
};

/**
 * A plain `title`, not a Fluent Tooltip, and memoised: the badge is in every visible row of the
 * register, and a row that shows another partnership of the same quadrant keeps it as it is.
 */
export const QuadrantBadge = memo(function QuadrantBadge({ quadrant }: { quadrant: Quadrant }) {
  return (
    <Badge
      appearance="tint"
      color={COLORS[quadrant]}
      data-testid="quadrant"
      data-quadrant={quadrant}
      shape="rounded"
      title={QUADRANT_LABELS[quadrant]}
    >
      Kvadrant {quadrant}
    </Badge>
  );
});
