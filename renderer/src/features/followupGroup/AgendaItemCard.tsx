import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import {
  ChevronDown20Regular,
  ChevronUp20Regular,
  Delete20Regular,
  Save20Regular,
} from '@fluentui/react-icons';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  agendaItemFieldsSchema,
  type AgendaItem,
  type LookupItem,
  type Meeting,
  type Member,
} from '../../../../shared/api';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_KIND_LABELS, type AgendaItemKind } from '../../../../shared/domain';
import { ProblemBar } from '../../components/ProblemBar';
import { validation } from '../../components/fieldMessages';
import { useNotify } from '../../components/useNotify';
import { ActionList, AddActionForm } from './ActionItems';
import { PartnershipPicker } from '../partnerships/PartnershipPicker';
import { PersonPicker } from './PersonPicker';
import { PortfolioSummary } from './PortfolioSummary';
import { useMeetingChange } from './queries';
import { useFieldForm } from '../../components/useFieldForm';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  open: { ...shorthands.borderColor(tokens.colorBrandStroke2), boxShadow: tokens.shadow4 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  block: { whiteSpace: 'pre-wrap', margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '2fr 1fr 1fr',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  goals: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    whiteSpace: 'nowrap',
  },
});

/** `(O)`, `(D)` or `(B)`, with the word for screen readers and a tooltip. */
export function KindMark({ kind }: { kind: AgendaItemKind }) {
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={kind === 'B' ? 'important' : 'informative'}
      title={AGENDA_ITEM_KIND_LABELS[kind]}
    >
      ({kind})<span className="visually-hidden"> {AGENDA_ITEM_KIND_LABELS[kind]}</span>
    </Badge>
  );
}

function valuesOf(item: AgendaItem) {
  return {
    title: item.title,
    kind: item.kind,
    presenterPersonId: item.presenterPersonId,
    presenter: item.presenterPersonId === null ? item.presenter : '',
    background: item.background,
    notes: item.notes,
    conclusion: item.conclusion,
    decision: item.decision,
    partnershipIds: item.partnerships.map((p) => p.id),
    strategyGoalIds: item.strategyGoalIds,
  };
}

function TextBlock({ label, text }: { label: string; text: string }) {
  const styles = useStyles();
  if (!text) return null;
  return (
    <div className={styles.section}>
      <Text weight="semibold" size={200}>
        {label}
      </Text>
      <Text as="p" className={styles.block}>
        {text}
      </Text>
    </div>
  );
}

/**
 * One agenda item: a readable summary (what the minutes will say) and, opened, the form for its
 * heading, mark, presenter, background, links, notes, conclusion and decision, plus its action items.
 */
export function AgendaItemCard({
  item,
  meeting,
  members,
  goals,
  moveButtons,
}: {
  item: AgendaItem;
  meeting: Meeting;
  members: readonly Member[];
  goals: readonly LookupItem[];
  moveButtons: ReactNode;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const bodyId = useId();
  const update = useMeetingChange('agendaItems.update');
  const remove = useMeetingChange('agendaItems.remove');
  const { values, setValues, set, messages, problem, submit } = useFieldForm(() => valuesOf(item));
  const [open, setOpen] = useState(false);
  const locked = meeting.locked;
  const saved = valuesOf(item);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const heading = `${String(item.number)}. ${item.title}`;
  const ownActions = meeting.actions.filter((a) => a.agendaItemId === item.id);
  const goalNames = goals.filter((g) => item.strategyGoalIds.includes(g.id)).map((g) => g.name);
  const removable = item.standing === null || item.standing === 'portefoelje';

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = await submit(
      agendaItemFieldsSchema,
      values,
      (fields) => update.mutateAsync({ id: item.id, fields }),
      'Punktet er ikke gemt.',
    );
    if (ok) notify(`Punkt ${String(item.number)} er gemt`);
  }

  const removeItem = () => {
    if (!window.confirm(`Fjern punktet «${item.title}» fra dagsordenen?`)) return;
    remove.mutate({ id: item.id }, { onError: (error) => notify(error.message, 'error') });
  };

  return (
    <article
      className={mergeClasses(styles.card, open && styles.open)}
      aria-label={`Punkt ${heading}`}
      data-testid="agenda-item"
      data-standing={item.standing ?? ''}
    >
      <div className={styles.header}>
        <Text as="h3" size={400} weight="semibold" className={styles.title}>
          {heading}
        </Text>
        {dirty && (
          <Badge appearance="outline" color="warning" shape="rounded">
            Ikke gemt
          </Badge>
        )}
        <KindMark kind={item.kind} />
        {moveButtons}
        {!locked && (
          <Button
            appearance="subtle"
            icon={open ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Luk' : 'Rediger'}
            <span className="visually-hidden"> punkt {item.number}</span>
          </Button>
        )}
      </div>
      {item.presenter && (
        <Text size={200} className={styles.muted}>
          Oplæg ved {item.presenter}
        </Text>
      )}
      {!open && (
        <>
          {/* The portfolio pack shows its partnerships below, grouped by what happened to them. */}
          {!item.portfolio && <TextBlock label="Baggrund" text={item.background} />}
          {!item.portfolio && (item.partnerships.length > 0 || goalNames.length > 0) && (
            <div className={styles.tags} role="group" aria-label="Tilknyttede samarbejder og strategimål">
              {item.partnerships.map((p) => (
                <Badge key={p.id} appearance="tint" color="brand" shape="rounded">
                  {p.title}
                </Badge>
              ))}
              {goalNames.map((name) => (
                <Badge key={name} appearance="outline" color="informative" shape="rounded">
                  {name}
                </Badge>
              ))}
            </div>
          )}
          <TextBlock label="Noter" text={item.notes} />
          <TextBlock label="Konklusion" text={item.conclusion} />
          <TextBlock label="Beslutning" text={item.decision} />
        </>
      )}
      {item.portfolio && <PortfolioSummary pack={item.portfolio} />}
      {item.standing === 'opfoelgning' && (
        <div className={styles.section}>
          <Text weight="semibold" size={200}>
            Handlingspunkter fra tidligere møder
          </Text>
          {meeting.carriedForward.length === 0 ? (
            <Text size={200} className={styles.muted}>
              Ingen åbne punkter fra tidligere møder.
            </Text>
          ) : (
            <ActionList
              members={members}
              actions={meeting.carriedForward}
              closeAt={meeting.id}
              locked={locked}
              showRaisedAt
              label="Åbne handlingspunkter fra tidligere møder"
            />
          )}
        </div>
      )}
      {ownActions.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold" size={200}>
            Handlingspunkter
          </Text>
          <ActionList
            members={members}
            actions={ownActions}
            closeAt={meeting.id}
            locked={locked}
            label={`Handlingspunkter under punkt ${String(item.number)}`}
          />
        </div>
      )}
      {open && !locked && (
        <div id={bodyId} className={styles.section}>
          <form
            className={styles.form}
            onSubmit={(e) => void save(e)}
            noValidate
            aria-label={`Rediger punkt ${String(item.number)}`}
          >
            <ProblemBar problem={problem} />
            <div className={styles.row}>
              <Field label="Overskrift" required {...validation(messages, 'title')}>
                <Input value={values.title} onChange={(_e, d) => set('title', d.value)} />
              </Field>
              <Field label="Type" {...validation(messages, 'kind')}>
                <Select value={values.kind} onChange={(_e, d) => set('kind', d.value as AgendaItemKind)}>
                  {AGENDA_ITEM_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      ({kind}) {AGENDA_ITEM_KIND_LABELS[kind]}
                    </option>
                  ))}
                </Select>
              </Field>
              <PersonPicker
                label="Oplæg ved"
                members={members}
                personId={values.presenterPersonId}
                text={values.presenter}
                validationMessage={messages.presenter ?? messages.presenterPersonId}
                onChange={(personId, text) =>
                  setValues((v) => ({ ...v, presenterPersonId: personId, presenter: text }))
                }
              />
            </div>
            <Field label="Baggrund" hint="Står på dagsordenen" {...validation(messages, 'background')}>
              <Textarea
                value={values.background}
                rows={3}
                resize="vertical"
                onChange={(_e, d) => set('background', d.value)}
              />
            </Field>
            <PartnershipPicker
              selected={values.partnershipIds}
              titles={new Map(item.partnerships.map((p) => [p.id, p.title]))}
              validationMessage={messages.partnershipIds}
              onChange={(ids) => set('partnershipIds', ids)}
            />
            {goals.length > 0 && (
              <fieldset className={styles.goals} style={{ border: 0, padding: 0, margin: 0 }}>
                <legend>
                  <Text weight="semibold" size={300}>
                    Strategimål
                  </Text>
                </legend>
                {goals.map((g) => (
                  <Checkbox
                    key={g.id}
                    label={g.name}
                    checked={values.strategyGoalIds.includes(g.id)}
                    onChange={(_e, d) =>
                      set(
                        'strategyGoalIds',
                        d.checked === true
                          ? [...values.strategyGoalIds, g.id]
                          : values.strategyGoalIds.filter((id) => id !== g.id),
                      )
                    }
                  />
                ))}
              </fieldset>
            )}
            <Field label="Noter fra mødet" {...validation(messages, 'notes')}>
              <Textarea
                value={values.notes}
                rows={3}
                resize="vertical"
                onChange={(_e, d) => set('notes', d.value)}
              />
            </Field>
            <Field label="Konklusion" {...validation(messages, 'conclusion')}>
              <Textarea
                value={values.conclusion}
                rows={2}
                resize="vertical"
                onChange={(_e, d) => set('conclusion', d.value)}
              />
            </Field>
            <Field label="Beslutning" {...validation(messages, 'decision')}>
              <Textarea
                value={values.decision}
                rows={2}
                resize="vertical"
                onChange={(_e, d) => set('decision', d.value)}
              />
            </Field>
            <div className={styles.buttons}>
              <Button
                appearance="primary"
                type="submit"
                icon={<Save20Regular />}
                disabled={!dirty || update.isPending}
              >
                Gem punkt
              </Button>
              {dirty && <Button onClick={() => setValues(saved)}>Fortryd ændringer</Button>}
              {removable && (
                <Button
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  disabled={remove.isPending}
                  onClick={removeItem}
                >
                  Fjern punktet
                </Button>
              )}
            </div>
          </form>
          <AddActionForm meetingId={meeting.id} agendaItemId={item.id} members={members} />
        </div>
      )}
    </article>
  );
}
