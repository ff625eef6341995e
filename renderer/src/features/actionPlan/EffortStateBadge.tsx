import { Badge, type BadgeProps } from '@fluentui/react-components';
import { EFFORT_STATE_LABELS, type EffortState } from '../../../../shared/domain';

const COLOUR: Record<EffortState, BadgeProps['color']> = {
  ikke_startet: 'informative',
  i_gang: 'brand',
  gennemfoert: 'success',
  viderefoeres: 'warning',
  opgivet: 'subtle',
};

/** An effort's state in words and colour (the words carry the meaning; colour only helps). */
export function EffortStateBadge({ state }: { state: EffortState }) {
  return (
    <Badge appearance="tint" color={COLOUR[state]} data-testid="effort-state">
      {EFFORT_STATE_LABELS[state]}
    </Badge>
  );
}
