import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUndo20Regular,
  Checkmark20Regular,
  Delete20Regular,
  Edit20Regular,
  Save20Regular,
} from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { actionFieldsSchema, type ActionFields, type ActionItem, type Member } from '../../../../shared/api';
import { ACTION_STATUS_LABELS, formatDateShort } from '../../../../shared/domain';
import { ProblemBar } from '../../components/ProblemBar';
import { validation } from '../../components/fieldMessages';
import { useNotify } from '../../components/useNotify';
import { PersonPicker } from './PersonPicker';
import { useAddAction, useCloseAction, useRemoveAction, useReopenAction, useUpdateAction } from './queries';
import { useFieldForm } from '../../components/useFieldForm';
import { DateInput } from '../../components/DateInput';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
  closed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  // One line where there is room (the dialog), wrapping in a narrow agenda item.
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    // The person picker, which takes no class of its own.
    '> :nth-child(2)': { flex: '1 1 10rem', minWidth: 0 },
  },
  what: { flex: '2 1 14rem', minWidth: 0 },
  deadline: { flex: '0 1 10rem' },
  submit: { flex: 'none' },
});

/**
 * Action items as a short list. `closeAt` is the meeting where a close is recorded; `canRemove`
 * is for items raised at this (unlocked) meeting only.
 */
export function ActionList({
  actions,
  closeAt,
  locked,
  showRaisedAt,
  label,
  members,
}: {
  actions: readonly ActionItem[];
  members: readonly Member[];
  closeAt: number;
  locked: boolean;
  showRaisedAt?: boolean;
  label: string;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const close = useCloseAction();
  const reopen = useReopenAction();
  const remove = useRemoveAction();
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const fail = (error: Error) => notify(error.message, 'error');
  if (actions.length === 0) return null;
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {actions.map((a) => (
          <li key={a.id} className={styles.row} data-testid="action-item" data-status={a.status}>
            <div>
              <Text className={a.status === 'closed' ? styles.closed : undefined}>{a.text}</Text>
              <div className={styles.meta}>
                <Text size={200}>Ansvarlig: {a.responsible || 'ikke valgt'}</Text>
                <Text size={200}>Frist: {a.deadline ? formatDateShort(a.deadline) : 'ingen'}</Text>
                {showRaisedAt && <Text size={200}>Fra mødet {formatDateShort(a.meetingDate)}</Text>}
                <Badge appearance="tint" shape="rounded" color={a.status === 'open' ? 'warning' : 'success'}>
                  {ACTION_STATUS_LABELS[a.status]}
                  {a.closedAtMeetingDate ? ` ${formatDateShort(a.closedAtMeetingDate)}` : ''}
                </Badge>
                {a.overdue && (
                  <Badge appearance="filled" shape="rounded" color="danger">
                    Over fristen
                  </Badge>
                )}
              </div>
            </div>
            <div>
              {a.status === 'open' ? (
                <Button
                  size="small"
                  icon={<Checkmark20Regular />}
                  disabled={locked || close.isPending}
                  onClick={() => close.mutate({ id: a.id, meetingId: closeAt }, { onError: fail })}
                  aria-label={`Luk «${a.text}»`}
                >
                  Luk
                </Button>
              ) : (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndo20Regular />}
                  disabled={locked || reopen.isPending}
                  onClick={() => reopen.mutate({ id: a.id }, { onError: fail })}
                  aria-label={`Genåbn «${a.text}»`}
                >
                  Genåbn
                </Button>
              )}
              {a.meetingId === closeAt && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Edit20Regular />}
                  disabled={locked}
                  onClick={() => setEditing(a)}
                  aria-label={`Ret «${a.text}»`}
                />
              )}
              {a.meetingId === closeAt && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  disabled={locked || remove.isPending}
                  onClick={() =>
                    window.confirm(`Slet handlingspunktet «${a.text}»?`) &&
                    remove.mutate({ id: a.id }, { onError: fail })
                  }
                  aria-label={`Slet «${a.text}»`}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      {editing && <EditActionDialog action={editing} members={members} onClose={() => setEditing(null)} />}
    </>
  );
}

const EMPTY = { text: '', responsiblePersonId: null as number | null, responsible: '', deadline: '' };
type ActionValues = typeof EMPTY;

/** What, who and by when: one form for a new action item and for changing one. */
function ActionForm({
  initial,
  members,
  label,
  textLabel,
  submitLabel,
  run,
  onSaved,
}: {
  initial: ActionValues;
  members: readonly Member[];
  label: string;
  textLabel: string;
  submitLabel: string;
  run(fields: ActionFields): Promise<unknown>;
  onSaved(): void;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const { values, setValues, set, messages, problem, submit } = useFieldForm(initial);
  // Starts the person picker afresh after a save (it remembers whether "En anden" was chosen).
  const [round, setRound] = useState(0);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const saved = await submit(actionFieldsSchema, values, run, 'Handlingspunktet er ikke gemt.');
    setBusy(false);
    if (saved) {
      setValues(initial);
      setRound((r) => r + 1);
      onSaved();
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-label={label}>
      <ProblemBar problem={problem} />
      <div className={styles.form}>
        <Field label={textLabel} className={styles.what} {...validation(messages, 'text')}>
          <Input
            value={values.text}
            placeholder="Hvad skal gøres?"
            onChange={(_e, d) => set('text', d.value)}
          />
        </Field>
        <PersonPicker
          key={round}
          label="Ansvarlig"
          members={members}
          personId={values.responsiblePersonId}
          text={values.responsible}
          validationMessage={messages.responsible ?? messages.responsiblePersonId}
          onChange={(personId, text) =>
            setValues((v) => ({ ...v, responsiblePersonId: personId, responsible: text }))
          }
        />
        <Field label="Frist" className={styles.deadline} {...validation(messages, 'deadline')}>
          <DateInput value={values.deadline} onChange={(date) => set('deadline', date)} />
        </Field>
        <Button type="submit" className={styles.submit} icon={<Save20Regular />} disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** Records a new action item (what, who, by when) at this meeting, under one agenda item. */
export function AddActionForm({
  meetingId,
  agendaItemId,
  members,
}: {
  meetingId: number;
  agendaItemId: number | null;
  members: readonly Member[];
}) {
  const add = useAddAction();
  return (
    <ActionForm
      initial={EMPTY}
      members={members}
      label="Tilføj et handlingspunkt"
      textLabel="Nyt handlingspunkt"
      submitLabel="Tilføj"
      run={(fields) => add.mutateAsync({ meetingId, agendaItemId, fields })}
      onSaved={() => undefined}
    />
  );
}

/** Changes an action item's text, responsible or deadline. */
function EditActionDialog({
  action,
  members,
  onClose,
}: {
  action: ActionItem;
  members: readonly Member[];
  onClose(): void;
}) {
  const update = useUpdateAction();
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface style={{ maxWidth: '900px' }}>
        <DialogBody>
          <DialogTitle>Ret handlingspunkt</DialogTitle>
          <DialogContent>
            <ActionForm
              initial={{
                text: action.text,
                responsiblePersonId: action.responsiblePersonId,
                responsible: action.responsiblePersonId === null ? action.responsible : '',
                deadline: action.deadline ?? '',
              }}
              members={members}
              label="Ret handlingspunktet"
              textLabel="Handlingspunkt"
              submitLabel="Gem"
              run={(fields) => update.mutateAsync({ id: action.id, fields })}
              onSaved={onClose}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Luk</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
