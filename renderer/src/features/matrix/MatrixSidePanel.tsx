import { Button, Divider, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Open20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  FLAG_LABELS,
  INVOLVEMENT_LABELS,
  INVOLVEMENT_LEVELS,
  QUADRANTS,
  STATUS_LABELS,
  VOLUNTEER_TYPES,
  VOLUNTEER_TYPE_LABELS,
  formatPeriod,
  type Cell,
  type Involvement,
  type Quadrant,
  type VolunteerType,
} from '../../../../shared/domain';
import { codeOptions } from '../../components/options';
import { QuadrantGuidance } from '../../components/QuadrantGuidance';
import { SelectedPartnership } from './matrixState';
import { fieldRow } from '../../components/fieldRow';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    // The panel scrolls; its parts keep their height rather than being squeezed to fit.
    '> *': { flexShrink: 0 },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: fieldRow(1, 1),
});

function Guidance({ quadrant, count }: { quadrant: Quadrant; count?: number }) {
  return (
    <section aria-label={`Kvadrant ${String(quadrant)}`}>
      <QuadrantGuidance quadrant={quadrant} count={count} />
    </section>
  );
}

/** Moves without a mouse: choose the new type and level, then confirm in the same dialog as a drag. */
function KeyboardMove({ partnership, onMove }: { partnership: Partnership; onMove(target: Cell): void }) {
  const styles = useStyles();
  const [type, setType] = useState<VolunteerType>(partnership.volunteerType);
  const [level, setLevel] = useState<Involvement>(partnership.involvement);
  const unchanged = type === partnership.volunteerType && level === partnership.involvement;
  return (
    <div role="group" aria-label="Flyt til et andet felt">
      <Text weight="semibold">Flyt til</Text>
      <div className={styles.row}>
        <Field label="Frivillig type">
          <Select value={type} onChange={(_e, d) => setType(d.value as VolunteerType)}>
            {codeOptions(VOLUNTEER_TYPES, VOLUNTEER_TYPE_LABELS)}
          </Select>
        </Field>
        <Field label="Involvering">
          <Select value={level} onChange={(_e, d) => setLevel(d.value as Involvement)}>
            {codeOptions(INVOLVEMENT_LEVELS, INVOLVEMENT_LABELS)}
          </Select>
        </Field>
      </div>
      <Button
        style={{ marginTop: 8 }}
        disabled={unchanged}
        onClick={() => onMove({ volunteerType: type, involvement: level })}
      >
        Flyt …
      </Button>
    </div>
  );
}

interface Props {
  /** The partnerships on the canvas, to show the one selected there. */
  byId: ReadonlyMap<number, Partnership>;
  quadrantCounts: Record<Quadrant, number>;
  onOpen(p: Partnership): void;
  onMove(p: Partnership, target: Cell): void;
}

export function MatrixSidePanel({ byId, quadrantCounts, onOpen, onMove }: Props) {
  const styles = useStyles();
  const selectedId = SelectedPartnership.useValue();
  const selected = selectedId === null ? null : (byId.get(selectedId) ?? null);
  if (!selected) {
    return (
      <aside tabIndex={0} className={styles.panel} aria-label="Opmærksomhedspunkter">
        <Text size={400} weight="semibold">
          Det kan du forvente
        </Text>
        <Text size={200}>
          Vælg et samarbejde for at se detaljer og flytte det. Træk et samarbejde til et andet felt for at
          omklassificere det.
        </Text>
        {QUADRANTS.map((q) => (
          <Guidance key={q} quadrant={q} count={quadrantCounts[q]} />
        ))}
      </aside>
    );
  }
  return (
    <aside
      tabIndex={0}
      className={styles.panel}
      aria-label="Valgt samarbejde"
      data-testid="matrix-side-panel"
    >
      <Text size={500} weight="semibold">
        {selected.title}
      </Text>
      <Text>{selected.partner}</Text>
      <Text size={200}>
        {VOLUNTEER_TYPE_LABELS[selected.volunteerType]} · {INVOLVEMENT_LABELS[selected.involvement]}{' '}
        involvering · {STATUS_LABELS[selected.status]}
      </Text>
      {(selected.startDate || selected.endDate) && (
        <Text size={200}>{formatPeriod(selected.startDate, selected.endDate)}</Text>
      )}
      {selected.flags.map((flag) => (
        <Text key={flag} size={200} style={{ color: tokens.colorPaletteDarkOrangeForeground1 }}>
          ⚠ {FLAG_LABELS[flag]}
        </Text>
      ))}
      <Button icon={<Open20Regular />} onClick={() => onOpen(selected)}>
        Åbn samarbejdet
      </Button>
      <Divider style={{ flexGrow: 0 }} />
      <KeyboardMove key={selected.id} partnership={selected} onMove={(target) => onMove(selected, target)} />
      <Divider style={{ flexGrow: 0 }} />
      <Guidance quadrant={selected.quadrant} />
    </aside>
  );
}
