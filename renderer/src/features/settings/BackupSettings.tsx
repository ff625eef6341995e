import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateLong, formatNumber } from '../../../../shared/domain';
import type { BackupFile } from '../../../../shared/api';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/useNotify';

const KIND_LABELS = {
  manuel: 'Manuel',
  daglig: 'Daglig',
  'foer-migrering': 'Før opdatering',
  'foer-gendannelse': 'Før gendannelse',
} as const;

/** `samspil-2026-11-24-153012-daglig.sqlite` → `15.30`. */
const timeOf = (fileName: string) => {
  const time = /-(\d{2})(\d{2})\d{2}-[a-z-]+\.sqlite$/.exec(fileName);
  return time ? `${time[1]!}.${time[2]!}` : '';
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: { maxHeight: '280px', overflowY: 'auto' },
});

/** Backups: where they go, take one now, and restore one (the current register is kept first). */
export function BackupSettings() {
  const styles = useStyles();
  const notify = useNotify();
  const client = useQueryClient();
  const backups = useQuery({ queryKey: ['backups'], queryFn: () => call('backups.list', {}) });
  const [folder, setFolder] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['backups'] });
  const fail = (error: Error) => notify(error.message, 'error');
  const create = useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: refresh,
    onError: fail,
  });
  const saveFolder = useMutation({
    mutationFn: (chosen: string) => call('backups.setFolder', { folder: chosen }),
    onSuccess: () => {
      setFolder(null);
      void refresh();
      notify('Mappen til sikkerhedskopier er gemt');
    },
    onError: fail,
  });
  const restore = useMutation({
    mutationFn: (fileName: string) => call('backups.restore', { fileName }),
    onSuccess: ({ restored }) => {
      setRestoring(null);
      void client.invalidateQueries();
      notify(`Registret er gendannet fra ${restored}`);
    },
    onError: fail,
  });

  return (
    <section className={styles.section} aria-label="Sikkerhedskopier">
      <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
        Sikkerhedskopier
      </Text>
      <Text size={200}>
        Samspil tager en kontrolleret sikkerhedskopi hver dag, før en opdatering af registret og før en
        gendannelse. De seneste 14 dage og 8 uger gemmes.
      </Text>
      <div className={styles.row}>
        <Field label="Mappe" style={{ flexGrow: 1 }}>
          <Input value={folder ?? backups.data?.folder ?? ''} onChange={(_e, d) => setFolder(d.value)} />
        </Field>
        <Button
          disabled={folder === null || saveFolder.isPending}
          onClick={() => folder && saveFolder.mutate(folder)}
        >
          Gem mappe
        </Button>
        <Button appearance="primary" disabled={create.isPending} onClick={() => create.mutate()}>
          Tag backup nu
        </Button>
      </div>
      <div className={styles.list}>
        <Table size="small" aria-label="Sikkerhedskopier">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Dato</TableHeaderCell>
              <TableHeaderCell>Slags</TableHeaderCell>
              <TableHeaderCell>Størrelse</TableHeaderCell>
              <TableHeaderCell>
                <span className="visually-hidden">Handlinger</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(backups.data?.backups ?? []).map((b) => (
              <TableRow key={b.fileName} data-testid="backup-row">
                <TableCell title={b.fileName}>
                  {formatDateLong(b.date)} kl. {timeOf(b.fileName)}
                </TableCell>
                <TableCell>{KIND_LABELS[b.kind]}</TableCell>
                <TableCell>{formatNumber(Math.ceil(b.size / 1024))} kB</TableCell>
                <TableCell>
                  <Button size="small" disabled={restore.isPending} onClick={() => setRestoring(b)}>
                    Gendan
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {backups.data?.backups.length === 0 && <Text size={200}>Der er ingen sikkerhedskopier endnu.</Text>}
      </div>
      {restoring && (
        <ConfirmDialog
          title={`Gendan registret fra ${formatDateLong(restoring.date)}?`}
          confirmLabel="Gendan registret"
          busyLabel="Gendanner …"
          busy={restore.isPending}
          problem={null}
          onConfirm={() => restore.mutate(restoring.fileName)}
          onClose={() => setRestoring(null)}
        >
          Registret bliver som det var {formatDateLong(restoring.date)} kl. {timeOf(restoring.fileName)}. Det
          nuværende register gemmes først som en sikkerhedskopi, så du kan vende tilbage til det.
        </ConfirmDialog>
      )}
    </section>
  );
}
