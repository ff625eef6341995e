import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AgreementCheck, Partnership } from '../../../../shared/api';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { ProblemBar } from '../../components/ProblemBar';

const useStyles = makeStyles({
  // Room for the three buttons with their labels on one line.
  surface: { maxWidth: '720px' },
  actions: { whiteSpace: 'nowrap' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  changes: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

const timestamp = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });
// Long texts (clauses, purpose) are cut so the dialog stays readable; the field name says what changed.
const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text || '(tom)');

/** What has changed in the record since the agreement was last exported. */
function ChangesSinceLast({ last }: { last: NonNullable<AgreementCheck['lastExport']> }) {
  const styles = useStyles();
  const since = `siden sidste udgave (${timestamp.format(new Date(last.createdAt))})`;
  if (last.changes === null)
    return (
      <Text size={200}>
        Den sidste udgave er lavet, før Samspil gemte indholdet, så ændringer kan ikke vises.
      </Text>
    );
  if (last.changes.length === 0) return <Text data-testid="agreement-changes">Intet er ændret {since}.</Text>;
  return (
    <div data-testid="agreement-changes">
      <Text weight="semibold">Ændret {since}</Text>
      <table className={styles.changes} aria-label="Ændret siden sidste udgave">
        <thead>
          <tr>
            <th className={styles.cell}>Felt</th>
            <th className={styles.cell}>Før</th>
            <th className={styles.cell}>Nu</th>
          </tr>
        </thead>
        <tbody>
          {last.changes.map((c) => (
            <tr key={c.field}>
              <td className={styles.cell}>{c.field}</td>
              <td className={styles.cell}>{short(c.before)}</td>
              <td className={styles.cell}>{short(c.now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One click to a Word agreement, after saying plainly what the record lacks: the consultant
 * either goes back and fills it in, or accepts visible placeholders.
 */
export function AgreementDialog({
  partnership,
  onClose,
  onEdit,
}: {
  partnership: Partnership;
  onClose(): void;
  /** Opens the record to fill in what is missing; left out where the record is open already. */
  onEdit?(): void;
}) {
  const styles = useStyles();
  const client = useQueryClient();
  const [ownLayout, setOwnLayout] = useState(false);
  const check = useQuery({
    queryKey: ['agreements', partnership.id, 'check', partnership.updatedAt],
    queryFn: () => call('agreements.check', { id: partnership.id }),
  });
  const history = useQuery({
    queryKey: ['agreements', partnership.id, 'history'],
    queryFn: () => call('agreements.history', { id: partnership.id }),
  });
  const generate = useMutation({
    mutationFn: () => call('agreements.generate', { id: partnership.id, useTemplate: !ownLayout }),
    onSuccess: (file) => {
      saveFile(file.fileName, file.contentBase64);
      void client.invalidateQueries({ queryKey: ['agreements', partnership.id] });
    },
  });

  const template = ownLayout ? null : (check.data?.template ?? null);
  const missing = (template ? check.data?.templateMissing : check.data?.missing) ?? [];
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{check.data?.documentTitle ?? 'Aftale'}</DialogTitle>
          <DialogContent className={styles.body}>
            {check.isPending && <Spinner label="Gennemgår samarbejdet …" />}
            <ProblemBar problem={check.error?.message} />
            {check.data && (
              <>
                <Text>
                  Filen hedder <strong>{check.data.fileName}</strong>.
                </Text>
                {check.data.template && (
                  <div>
                    <Text>
                      {template ? (
                        <>
                          Aftalen laves i kommunens skabelon <strong>{check.data.template.fileName}</strong>.
                        </>
                      ) : (
                        'Aftalen laves med Samspils egen opsætning.'
                      )}
                    </Text>
                    <Checkbox
                      label="Brug Samspils egen opsætning i stedet for kommunens skabelon"
                      checked={ownLayout}
                      onChange={(_e, d) => setOwnLayout(d.checked === true)}
                    />
                  </div>
                )}
                {template && template.problems.length > 0 && (
                  <MessageBar intent="warning" layout="multiline" data-testid="agreement-template-problems">
                    <MessageBarBody>
                      <MessageBarTitle>Skabelonen har problemer</MessageBarTitle>
                      Ukendte pladsholdere bliver stående i dokumentet. Ret skabelonen i Word, og vælg den
                      igen i Indstillinger:
                      <ul className={styles.list}>
                        {template.problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    </MessageBarBody>
                  </MessageBar>
                )}
                {missing.length > 0 ? (
                  <MessageBar intent="warning" layout="multiline" data-testid="agreement-missing">
                    <MessageBarBody>
                      <MessageBarTitle>Der mangler oplysninger</MessageBarTitle>
                      Udfyld dem i samarbejdet, eller lav aftalen med gule pladsholdere, du udfylder i Word:
                      <ul className={styles.list}>
                        {missing.map((m) => (
                          <li key={m}>{m}</li>
                        ))}
                      </ul>
                    </MessageBarBody>
                  </MessageBar>
                ) : (
                  <MessageBar intent="success">
                    <MessageBarBody>Alle oplysninger er på plads.</MessageBarBody>
                  </MessageBar>
                )}
                {check.data.lastExport && <ChangesSinceLast last={check.data.lastExport} />}
              </>
            )}
            <ProblemBar problem={generate.error && `Aftalen kunne ikke laves: ${generate.error.message}`} />
            {history.data && history.data.length > 0 && (
              <div>
                <Text weight="semibold">Tidligere udgaver</Text>
                <ul className={styles.list} aria-label="Tidligere udgaver">
                  {history.data.slice(0, 5).map((d) => (
                    <li key={d.sha256 + d.createdAt}>
                      <Text size={200}>
                        {timestamp.format(new Date(d.createdAt))} – {d.fileName} ({d.actor})
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button
              appearance="primary"
              disabled={!check.data || generate.isPending}
              onClick={() => generate.mutate()}
            >
              {missing.length > 0 ? 'Lav aftalen med pladsholdere' : 'Lav aftalen i Word'}
            </Button>
            {onEdit && missing.length > 0 && <Button onClick={onEdit}>Udfyld i samarbejdet</Button>}
            <Button onClick={onClose}>Luk</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
