import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  CHANGE_MARK_LABELS,
  NODE_HEIGHT,
  NODE_WIDTH,
  STATUS_LABELS,
  type ChangeMark,
} from '../../../../shared/domain';
import { FlagIcons } from '../partnerships/FlagIcons';
import { STATUS_COLOURS } from './statusColours';

export type PartnershipNodeData = { partnership: Partnership; mark?: ChangeMark };
export type PartnershipFlowNode = Node<PartnershipNodeData, 'partnership'>;

const useStyles = makeStyles({
  node: {
    boxSizing: 'border-box',
    width: `${NODE_WIDTH}px`,
    height: `${NODE_HEIGHT}px`,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: '2px',
    padding: `0 ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '6px',
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    cursor: 'grab',
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '1px',
    boxShadow: tokens.shadow8,
  },
  ended: { opacity: 0.65 },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flexGrow: 1 },
  partner: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
  },
});

/** One partnership on the canvas: title, partner, status colour and warnings. Memoised for big portfolios. */
export const PartnershipNode = memo(function PartnershipNode({
  data,
  selected,
}: NodeProps<PartnershipFlowNode>) {
  const styles = useStyles();
  const p = data.partnership;
  return (
    <div
      className={mergeClasses(
        styles.node,
        selected && styles.selected,
        p.status === 'afsluttet' && styles.ended,
      )}
      style={{ borderLeftColor: STATUS_COLOURS[p.status] }}
      data-testid="matrix-node"
      data-partnership-id={p.id}
      data-quadrant={p.quadrant}
      data-change={data.mark}
      title={`${p.title} – ${p.partner} (${STATUS_LABELS[p.status]})`}
    >
      <div className={styles.line}>
        <Text size={200} weight="semibold" className={styles.title}>
          {p.title}
        </Text>
        {data.mark && (
          <Badge size="small" appearance="filled" color={data.mark === 'afsluttet' ? 'subtle' : 'important'}>
            {CHANGE_MARK_LABELS[data.mark]}
          </Badge>
        )}
        <FlagIcons flags={p.flags} />
      </div>
      <Text size={100} className={styles.partner}>
        {p.partner} · {STATUS_LABELS[p.status]}
      </Text>
    </div>
  );
});
