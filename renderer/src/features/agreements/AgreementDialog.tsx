import {
  Button,
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
import type { Partnership } from '../../../../shared/api';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const timestamp = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });

/**
 * One click to a Word agreement, after saying plainly what the record lacks: the consultant
 * either goes back and fills it in, or accepts visible placeholders.
 */
export function AgreementDialog({ partnership, onClose }: { partnership: Partnership; onClose(): void }) {
  const styles = useStyles();
  const client = useQueryClient();
  const check = useQuery({
    queryKey: ['agreements', partnership.id, 'check', partnership.updatedAt],
    queryFn: () => call('agreements.check', { id: partnership.id }),
  });
  const history = useQuery({
    queryKey: ['agreements', partnership.id, 'history'],
    queryFn: () => call('agreements.history', { id: partnership.id }),
  });
  const generate = useMutation({
    mutationFn: () => call('agreements.generate', { id: partnership.id }),
    onSuccess: (file) => {
      saveFile(file.fileName, file.contentBase64);
      void client.invalidateQueries({ queryKey: ['agreements', partnership.id, 'history'] });
    },
  });

  const missing = check.data?.missing ?? [];
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{check.data?.documentTitle ?? 'Aftale'}</DialogTitle>
          <DialogContent className={styles.body}>
            {check.isPending && <Spinner label="Gennemgår samarbejdet …" />}
            {check.isError && (
              <MessageBar intent="error">
                <MessageBarBody>{check.error.message}</MessageBarBody>
              </MessageBar>
            )}
            {check.data && (
              <>
                <Text>
                  Filen hedder <strong>{check.data.fileName}</strong>.
                </Text>
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
              </>
            )}
            {generate.isError && (
              <MessageBar intent="error">
                <MessageBarBody>Aftalen kunne ikke laves: {generate.error.message}</MessageBarBody>
              </MessageBar>
            )}
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
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!check.data || generate.isPending}
              onClick={() => generate.mutate()}
            >
              {missing.length > 0 ? 'Lav aftalen med pladsholdere' : 'Lav aftalen i Word'}
            </Button>
            <Button onClick={onClose}>Luk</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
