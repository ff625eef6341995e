import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { zipSync } from 'fflate';
import { useRef, useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import { toIsoDate } from '../../../../shared/domain';
import { call } from '../../api/client';
import { base64ToBytes, bytesToBase64, saveFile } from '../../api/files';
import { ProblemBar } from '../../components/ProblemBar';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '12rem', overflowY: 'auto' },
});

type Step =
  | { kind: 'confirm' }
  | { kind: 'working'; done: number; current: string }
  | { kind: 'done'; written: number; cancelled: boolean; missing: { title: string; missing: string[] }[] }
  | { kind: 'failed'; message: string; written: number };

/** `name.docx`, or `name (2).docx` when the zip already has one: nothing is written over. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/\.docx$/, ` (${String(n)}).docx`);
  taken.add(candidate);
  return candidate;
}

/**
 * Agreements for a whole filtered set, one request per agreement so the bar moves and Annullér
 * takes effect between two agreements. They are collected in one zip file (a browser cannot
 * write into a folder); whatever was finished is saved, also after a cancel, because each one is
 * already recorded in its partnership's history.
 */
export function BulkExportDialog({
  partnerships,
  onClose,
}: {
  partnerships: Partnership[];
  onClose(): void;
}) {
  const styles = useStyles();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'confirm' });
  const cancelled = useRef(false);
  const [stopping, setStopping] = useState(false);
  const total = partnerships.length;

  async function run() {
    cancelled.current = false;
    setStopping(false);
    const files: Record<string, Uint8Array> = {};
    const taken = new Set<string>();
    const missing: { title: string; missing: string[] }[] = [];
    const save = () => {
      const count = Object.keys(files).length;
      if (count > 0)
        saveFile(`Aftaler - ${toIsoDate(new Date())}.zip`, bytesToBase64(zipSync(files, { level: 0 })));
      void client.invalidateQueries({ queryKey: ['agreements'] });
      return count;
    };
    for (const [index, p] of partnerships.entries()) {
      if (cancelled.current) break;
      setStep({ kind: 'working', done: index, current: p.title });
      try {
        const made = await call('agreements.generate', { id: p.id });
        files[uniqueName(made.fileName, taken)] = base64ToBytes(made.contentBase64);
        if (made.missing.length > 0) missing.push({ title: p.title, missing: made.missing });
      } catch (error) {
        setStep({
          kind: 'failed',
          message: `${p.title}: ${error instanceof Error ? error.message : String(error)}`,
          written: save(),
        });
        return;
      }
    }
    setStep({ kind: 'done', written: save(), cancelled: cancelled.current, missing });
  }

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && step.kind !== 'working' && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Lav aftaler for de viste samarbejder</DialogTitle>
          <DialogContent className={styles.body}>
            {step.kind === 'confirm' && (
              <Text>
                Samspil laver {total} {total === 1 ? 'aftale' : 'aftaler'} og samler dem i én zip-fil, som du
                gemmer og pakker ud i den mappe, du vil. Har to aftaler samme filnavn, får den sidste et
                nummer, fx «(2)», så ingen erstatter en anden. Manglende oplysninger står som gule
                pladsholdere.
              </Text>
            )}
            {step.kind === 'working' && (
              <Field
                label={`Laver aftale ${String(step.done + 1)} af ${String(total)}: ${step.current}`}
                validationState="none"
              >
                <ProgressBar value={step.done / Math.max(total, 1)} aria-label="Fremdrift" />
              </Field>
            )}
            {step.kind === 'done' && (
              <MessageBar intent={step.cancelled ? 'warning' : 'success'} data-testid="bulk-result">
                <MessageBarBody>
                  {step.cancelled ? `Stoppet. ` : ''}
                  {step.written === 0
                    ? 'Der blev ikke lavet nogen aftaler.'
                    : `${String(step.written)} ${step.written === 1 ? 'aftale er' : 'aftaler er'} gemt i zip-filen.`}
                </MessageBarBody>
              </MessageBar>
            )}
            {step.kind === 'done' && step.missing.length > 0 && (
              <div>
                <Text weight="semibold">Aftaler med pladsholdere, der skal udfyldes i Word</Text>
                <ul className={styles.list} aria-label="Aftaler med pladsholdere">
                  {step.missing.map((m) => (
                    <li key={m.title}>
                      <Text size={200}>
                        {m.title}: {m.missing.join(', ')}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {step.kind === 'failed' && (
              <ProblemBar
                problem={`Aftalerne kunne ikke laves færdig (${step.message}). ${String(step.written)} færdige aftaler er gemt i zip-filen. Prøv igen, eller lav den fejlende aftale for sig.`}
              />
            )}
          </DialogContent>
          <DialogActions>
            {step.kind === 'confirm' && (
              <Button appearance="primary" disabled={total === 0} onClick={() => void run()}>
                Lav {total} {total === 1 ? 'aftale' : 'aftaler'}
              </Button>
            )}
            {step.kind === 'working' ? (
              <Button
                disabled={stopping}
                onClick={() => {
                  cancelled.current = true;
                  setStopping(true);
                }}
              >
                {stopping ? 'Stopper efter denne aftale …' : 'Annullér'}
              </Button>
            ) : (
              <Button onClick={onClose}>Luk</Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
