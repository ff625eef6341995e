import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, DataPie20Regular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import {
  agendaItemFieldsSchema,
  type AgendaItem,
  type LookupItem,
  type Meeting,
  type Member,
} from '../../../../shared/api';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_KIND_LABELS, type AgendaItemKind } from '../../../../shared/domain';
import { validation } from '../../components/fieldMessages';
import { useNotify } from '../../components/useNotify';
import { AgendaItemCard } from './AgendaItemCard';
import { useMeetingChange } from './queries';
import { ReorderList } from './ReorderList';
import { useFieldForm } from '../../components/useFieldForm';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  spacer: { flexGrow: 1 },
  hint: { color: tokens.colorNeutralForeground3 },
  add: {
    display: 'grid',
    gridTemplateColumns: '1fr 12rem auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    paddingLeft: '32px',
  },
});

/** The standing first and last items keep their places; the rest can be reordered. */
const isFixed = (item: AgendaItem) => item.standing !== null && item.standing !== 'portefoelje';

function NewItemForm({ meetingId }: { meetingId: number }) {
  const styles = useStyles();
  const add = useMeetingChange('agendaItems.add');
  const empty = { title: '', kind: 'O' as AgendaItemKind };
  const { values, setValues, set, messages, submit } = useFieldForm(empty);
  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = await submit(
      agendaItemFieldsSchema,
      values,
      (fields) => add.mutateAsync({ meetingId, fields }),
      'Punktet er ikke tilføjet.',
    );
    if (ok) setValues(empty);
  }
  return (
    <form
      className={styles.add}
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label="Tilføj et punkt til dagsordenen"
    >
      <Field label="Nyt punkt" {...validation(messages, 'title')}>
        <Input
          value={values.title}
          placeholder="Overskrift, fx Status på Nytårskuren"
          onChange={(_e, d) => set('title', d.value)}
        />
      </Field>
      <Field label="Type for nyt punkt" {...validation(messages, 'kind')}>
        <Select value={values.kind} onChange={(_e, d) => set('kind', d.value as AgendaItemKind)}>
          {AGENDA_ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              ({kind}) {AGENDA_ITEM_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" icon={<Add20Regular />} disabled={add.isPending}>
        Tilføj punkt
      </Button>
    </form>
  );
}

/** The agenda builder: items in order (drag, buttons or Alt+↑/↓), new items and the portfolio pack. */
export function AgendaSection({
  meeting,
  members,
  goals,
}: {
  meeting: Meeting;
  members: readonly Member[];
  goals: readonly LookupItem[];
}) {
  const styles = useStyles();
  const notify = useNotify();
  const reorder = useMeetingChange('agendaItems.reorder');
  const portfolio = useMeetingChange('agendaItems.addPortfolioPack');
  // Shows a move at once; the server's order replaces it when the call returns.
  const [pending, setPending] = useState<readonly AgendaItem[] | null>(null);
  const items = pending ?? meeting.items;
  const hasPortfolio = meeting.items.some((i) => i.standing === 'portefoelje');

  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    setPending(next);
    reorder.mutate(
      { meetingId: meeting.id, itemIds: next.map((i) => i.id) },
      { onError: (error) => notify(error.message, 'error'), onSettled: () => setPending(null) },
    );
  };

  return (
    <section className={styles.section} aria-labelledby="agenda-heading">
      <div className={styles.heading}>
        <Text as="h2" id="agenda-heading" size={500} weight="semibold" style={{ margin: 0 }}>
          Dagsorden
        </Text>
        <span className={styles.spacer} />
        {!meeting.locked && (
          <Button
            icon={<DataPie20Regular />}
            disabled={hasPortfolio || portfolio.isPending}
            title={hasPortfolio ? 'Porteføljepunktet er allerede på dagsordenen' : undefined}
            onClick={() =>
              portfolio.mutate(
                { meetingId: meeting.id },
                {
                  onSuccess: () => notify('Porteføljepunktet er tilføjet'),
                  onError: (error) => notify(error.message, 'error'),
                },
              )
            }
          >
            Tilføj porteføljepunkt
          </Button>
        )}
      </div>
      {!meeting.locked && (
        <Text size={200} className={styles.hint}>
          Flyt punkter ved at trække i håndtaget, med pilene eller med Alt+↑ og Alt+↓. De faste punkter først
          og sidst bliver på deres plads.
        </Text>
      )}
      <ReorderList
        aria-label="Dagsordenens punkter"
        items={items}
        keyOf={(i) => i.id}
        labelOf={(i) => `«${i.title}»`}
        fixed={isFixed}
        disabled={meeting.locked || reorder.isPending}
        onMove={move}
      >
        {(item, moveButtons) => (
          <AgendaItemCard
            item={item}
            meeting={meeting}
            members={members}
            goals={goals}
            moveButtons={moveButtons}
          />
        )}
      </ReorderList>
      {!meeting.locked && <NewItemForm meetingId={meeting.id} />}
    </section>
  );
}
