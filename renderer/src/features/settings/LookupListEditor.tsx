import { Button, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Checkmark20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LookupItem } from '../../../../shared/api';
import { LOOKUP_LIST_LABELS, type LookupList } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/useNotify';
import { useAddListItem, useRemoveListItem, useRenameListItem } from './queries';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto auto auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  usage: { minWidth: '110px', color: tokens.colorNeutralForeground3 },
});

/** What a list's usage counts, e.g. samarbejde/samarbejder, or medlem/medlemmer for segments. */
export interface UsageNoun {
  one: string;
  many: string;
}

const counted = (n: number, noun: UsageNoun) => `${String(n)} ${n === 1 ? noun.one : noun.many}`;

function ItemRow({ list, item, usedBy }: { list: LookupList; item: LookupItem; usedBy: UsageNoun }) {
  const styles = useStyles();
  const notify = useNotify();
  const rename = useRenameListItem();
  const remove = useRemoveListItem();
  const [name, setName] = useState(item.name);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = name.trim() !== item.name;
  const fail = (error: Error) => notify(error.message, 'error');
  const close = () => {
    setConfirming(false);
    setProblem(null);
  };
  return (
    <div className={styles.row} data-testid={`${list}-item`}>
      <Input aria-label={`Navn på ${item.name}`} value={name} onChange={(_e, d) => setName(d.value)} />
      <Text size={200} className={styles.usage}>
        {item.usage === 0 ? 'Bruges ikke' : `Bruges af ${counted(item.usage, usedBy)}`}
      </Text>
      <Button
        icon={<Checkmark20Regular />}
        disabled={!changed || rename.isPending}
        aria-label={`Gem nyt navn for ${item.name}`}
        onClick={() =>
          rename.mutate(
            { list, id: item.id, name },
            { onSuccess: () => notify('Navnet er gemt'), onError: fail },
          )
        }
      />
      <Button
        icon={<Delete20Regular />}
        aria-label={`Fjern ${item.name}`}
        onClick={() => setConfirming(true)}
      />
      {confirming && (
        <ConfirmDialog
          title={`Fjern «${item.name}»?`}
          confirmLabel="Fjern"
          busy={remove.isPending}
          problem={problem}
          onConfirm={() =>
            remove.mutate(
              { list, id: item.id },
              {
                onSuccess: () => notify(`«${item.name}» er fjernet`),
                onError: (error) => setProblem(`«${item.name}» er ikke fjernet. ${error.message}`),
              },
            )
          }
          onClose={close}
        >
          {item.usage > 0
            ? `«${item.name}» fjernes fra ${counted(item.usage, usedBy)}. Det kan ikke fortrydes.`
            : `«${item.name}» bruges ikke nogen steder.`}
        </ConfirmDialog>
      )}
    </div>
  );
}

/** One configurable list: rename in place, add, remove (usage shown so nothing disappears unnoticed). */
export function LookupListEditor({
  list,
  items,
  usedBy,
}: {
  list: LookupList;
  items: readonly LookupItem[];
  usedBy: UsageNoun;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const add = useAddListItem();
  const [name, setName] = useState('');
  const labels = LOOKUP_LIST_LABELS[list];
  return (
    <section className={styles.list} aria-label={labels.plural}>
      <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
        {labels.plural}
      </Text>
      {items.map((item) => (
        <ItemRow key={`${String(item.id)}-${item.name}`} list={list} item={item} usedBy={usedBy} />
      ))}
      <div className={styles.row}>
        <Input
          aria-label={`Ny: ${labels.singular}`}
          placeholder={`Tilføj ${labels.singular.toLowerCase()} …`}
          value={name}
          onChange={(_e, d) => setName(d.value)}
        />
        <span />
        <Button
          icon={<Add20Regular />}
          disabled={!name.trim() || add.isPending}
          onClick={() =>
            add.mutate(
              { list, name },
              { onSuccess: () => setName(''), onError: (error) => notify(error.message, 'error') },
            )
          }
        >
          Tilføj
        </Button>
      </div>
    </section>
  );
}
