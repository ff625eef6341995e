import { Badge, Tooltip, type BadgeProps } from '@fluentui/react-components';
import { QUADRANT_LABELS, type Quadrant } from '../../../shared/domain';

const COLORS: Record<Quadrant, BadgeProps['color']> = {
  1: 'brand',
  2: 'success',
  3: 'informative',
  4: 'warning',
};

export function QuadrantBadge({ quadrant }: { quadrant: Quadrant }) {
  return (
    <Tooltip content={QUADRANT_LABELS[quadrant]} relationship="description">
      <Badge
        appearance="tint"
        color={COLORS[quadrant]}
        data-testid="quadrant"
        data-quadrant={quadrant}
        shape="rounded"
      >
        Kvadrant {quadrant}
      </Badge>
    </Tooltip>
  );
}
