import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  INVOLVEMENT_LABELS,
  QUADRANT_GUIDANCE,
  VOLUNTEER_TYPE_LABELS,
  quadrantOf,
  type Cell,
} from '../../../../shared/domain';
import { ProblemBar } from '../../components/ProblemBar';
import { QuadrantBadge } from '../../components/QuadrantBadge';
import { useReclassify } from './queries';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  move: {
    display: 'grid',
    gridTemplateColumns: '1fr auto 1fr',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const describe = (cell: Cell) =>
  `${VOLUNTEER_TYPE_LABELS[cell.volunteerType]}, ${INVOLVEMENT_LABELS[cell.involvement].toLowerCase()} involvering`;

interface Props {
  partnership: Partnership;
  target: Cell;
  onCancel(): void;
  onDone(saved: Partnership): void;
}

/** Confirms a move in the matrix: what it was, what it becomes, what that means, and why. */
export function ReclassifyDialog({ partnership, target, onCancel, onDone }: Props) {
  const styles = useStyles();
  const reclassify = useReclassify();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const from = quadrantOf(partnership.volunteerType, partnership.involvement);
  const to = quadrantOf(target.volunteerType, target.involvement);
  const newPoints = QUADRANT_GUIDANCE[to].filter((point) => !QUADRANT_GUIDANCE[from].includes(point));

  async function confirm() {
    if (!reason.trim()) {
      setProblem('Skriv kort, hvorfor samarbejdet flyttes. Begrundelsen gemmes i historikken.');
      return;
    }
    try {
      onDone(await reclassify.mutateAsync({ id: partnership.id, ...target, reason }));
    } catch (error) {
      setProblem(`Flytningen er ikke gemt. ${error instanceof Error ? error.message : ''}`);
    }
  }

  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Flyt «{partnership.title}»?</DialogTitle>
          <DialogContent className={styles.body}>
            <div className={styles.move}>
              <div>
                <QuadrantBadge quadrant={from} />
                <Text block size={200}>
                  {describe(partnership)}
                </Text>
              </div>
              <Text size={500} aria-hidden="true">
                →
              </Text>
              <div data-testid="reclassify-target">
                <QuadrantBadge quadrant={to} />
                <Text block size={200}>
                  {describe(target)}
                </Text>
              </div>
            </div>
            {from !== to ? (
              <div>
                <Text weight="semibold">Det betyder i kvadrant {to}:</Text>
                <ul className={styles.list}>
                  {newPoints.map((point) => (
                    <li key={point}>
                      <Text size={200}>{point}</Text>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <Text size={200}>Samarbejdet bliver i kvadrant {to}; kun typen eller niveauet ændres.</Text>
            )}
            <Field
              label="Begrundelse"
              required
              validationMessage={problem ?? undefined}
              validationState={problem ? 'error' : 'none'}
            >
              <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} rows={3} resize="vertical" />
            </Field>
            {!problem && <ProblemBar problem={reclassify.error?.message} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={reclassify.isPending}>
              Flyt samarbejdet
            </Button>
            <Button onClick={onCancel}>Annuller</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
