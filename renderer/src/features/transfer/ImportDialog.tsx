import {
  Badge,
  Button,
  Checkbox,
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
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ImportPreview, ImportResult, TransferFile } from '../../../../shared/api';
import { formatNumber } from '../../../../shared/domain';
import { call } from '../../api/client';
import { bytesToBase64, readFileWithProgress, saveFile } from '../../api/files';
import { ProblemBar } from '../../components/ProblemBar';
import { QuadrantBadge } from '../../components/QuadrantBadge';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  preview: { maxHeight: '360px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  warnings: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteDarkOrangeForeground2,
  },
  surface: { maxWidth: '980px', width: '90vw' },
});

const ACTION_TEXT = {
  create: 'Oprettes',
  update: 'Opdateres',
  skip: 'Findes allerede',
  reject: 'Afvises',
} as const;
const ACTION_COLOR = { create: 'success', update: 'brand', skip: 'informative', reject: 'danger' } as const;

const rowCount = (n: number) => `${formatNumber(n)} ${n === 1 ? 'række' : 'rækker'}`;

type Step =
  | { kind: 'choose' }
  | { kind: 'working'; label: string; progress: number | undefined }
  | { kind: 'preview'; file: TransferFile; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult };

/**
 * Import in three steps: choose a file (read with a progress bar), see every row with its
 * quadrant or its reasons for rejection, then import the valid rows in one go.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const styles = useStyles();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [updateExisting, setUpdateExisting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function preview(file: TransferFile, update: boolean) {
    setStep({ kind: 'working', label: 'Kontrollerer rækkerne …', progress: undefined });
    try {
      setStep({
        kind: 'preview',
        file,
        preview: await call('import.preview', { ...file, updateExisting: update }),
      });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setStep({ kind: 'choose' });
    }
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setProblem(null);
    setStep({ kind: 'working', label: `Læser ${chosen.name} …`, progress: 0 });
    try {
      const bytes = await readFileWithProgress(chosen, (progress) =>
        setStep({ kind: 'working', label: `Læser ${chosen.name} …`, progress }),
      );
      await preview({ fileName: chosen.name, contentBase64: bytesToBase64(bytes) }, updateExisting);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setStep({ kind: 'choose' });
    }
  }

  async function commit(file: TransferFile) {
    setStep({ kind: 'working', label: 'Importerer …', progress: undefined });
    try {
      const result = await call('import.commit', { ...file, updateExisting });
      await client.invalidateQueries();
      setStep({ kind: 'done', result });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      await preview(file, updateExisting);
    }
  }

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Importér samarbejder fra regneark</DialogTitle>
          <DialogContent className={styles.body}>
            <ProblemBar problem={problem} />
            {step.kind === 'choose' && (
              <>
                <Text>
                  Vælg en CSV- eller Excel-fil (XLSX). Første række skal være overskrifter som Titel,
                  Samarbejdspartner, Frivillig type og Kommunal involvering. Kolonner, Samspil ikke kender,
                  gemmes som ekstra felter.
                </Text>
                <Field label="Fil">
                  <input
                    ref={input}
                    type="file"
                    accept=".csv,.txt,.xlsx"
                    aria-label="Vælg fil til import"
                    onChange={(e) => void choose(e.target.files?.[0])}
                  />
                </Field>
              </>
            )}
            {step.kind === 'working' && (
              <Field label={step.label} validationState="none">
                <ProgressBar value={step.progress} aria-label={step.label} />
              </Field>
            )}
            {step.kind === 'preview' && (
              <>
                <Text data-testid="import-summary">
                  {formatNumber(step.preview.counts.create)} oprettes,{' '}
                  {formatNumber(step.preview.counts.update)} opdateres,{' '}
                  {formatNumber(step.preview.counts.skip)} findes allerede,{' '}
                  {formatNumber(step.preview.counts.reject)} afvises.
                </Text>
                {step.preview.rows.some((r) => r.warnings.length > 0) && (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      {rowCount(step.preview.rows.filter((r) => r.warnings.length > 0).length)} ser ud til at
                      indeholde et CPR-nummer. De importeres, men ret teksten bagefter, medmindre det er noget
                      andet.
                    </MessageBarBody>
                  </MessageBar>
                )}
                {step.preview.newListItems.length > 0 && (
                  <Text size={200}>Nye punkter på listerne: {step.preview.newListItems.join('; ')}.</Text>
                )}
                {step.preview.unknownColumns.length > 0 && (
                  <Text size={200}>Gemmes som ekstra felter: {step.preview.unknownColumns.join(', ')}.</Text>
                )}
                <Checkbox
                  label="Opdatér samarbejder, der allerede findes (samme titel og samarbejdspartner)"
                  checked={updateExisting}
                  onChange={(_e, d) => {
                    setUpdateExisting(d.checked === true);
                    void preview(step.file, d.checked === true);
                  }}
                />
                <div className={styles.preview}>
                  <Table size="small" aria-label="Forhåndsvisning af import">
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell style={{ width: 64 }}>Række</TableHeaderCell>
                        <TableHeaderCell>Titel</TableHeaderCell>
                        <TableHeaderCell>Samarbejdspartner</TableHeaderCell>
                        <TableHeaderCell style={{ width: 110 }}>Kvadrant</TableHeaderCell>
                        <TableHeaderCell style={{ width: 130 }}>Handling</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {step.preview.rows.slice(0, 500).map((r) => (
                        <TableRow key={r.row} data-testid="import-row" data-action={r.action}>
                          <TableCell>{r.row}</TableCell>
                          <TableCell>
                            {r.title || '(uden titel)'}
                            {r.errors.length > 0 && (
                              <ul className={styles.errors}>
                                {r.errors.map((e) => (
                                  <li key={e}>{e}</li>
                                ))}
                              </ul>
                            )}
                            {r.warnings.length > 0 && (
                              <ul className={styles.warnings} data-testid="import-warning">
                                {r.warnings.map((w) => (
                                  <li key={w}>{w}</li>
                                ))}
                              </ul>
                            )}
                          </TableCell>
                          <TableCell>{r.partner}</TableCell>
                          <TableCell>
                            {r.quadrant ? <QuadrantBadge quadrant={r.quadrant as 1 | 2 | 3 | 4} /> : '–'}
                          </TableCell>
                          <TableCell>
                            <Badge appearance="tint" color={ACTION_COLOR[r.action]}>
                              {ACTION_TEXT[r.action]}
                            </Badge>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                {step.preview.rows.length > 500 && (
                  <Text size={200}>
                    Viser de første 500 af {formatNumber(step.preview.rows.length)} rækker.
                  </Text>
                )}
              </>
            )}
            {step.kind === 'done' && (
              <MessageBar intent={step.result.rejected.length > 0 ? 'warning' : 'success'} layout="multiline">
                <MessageBarBody data-testid="import-result">
                  {formatNumber(step.result.imported)} samarbejder er importeret,{' '}
                  {formatNumber(step.result.updated)} er opdateret
                  {step.result.skipped > 0 ? `, ${formatNumber(step.result.skipped)} fandtes allerede` : ''}.
                  {step.result.rejected.length > 0 &&
                    ` ${formatNumber(step.result.rejected.length)} rækker blev afvist; hent dem med begrundelser, ret dem og importér igen.`}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {step.kind === 'preview' && (
              <Button
                appearance="primary"
                disabled={step.preview.counts.create + step.preview.counts.update === 0}
                onClick={() => void commit(step.file)}
              >
                Importér {rowCount(step.preview.counts.create + step.preview.counts.update)}
              </Button>
            )}
            {step.kind === 'done' && step.result.rejectedFile && (
              <Button
                onClick={() =>
                  saveFile(step.result.rejectedFile!.fileName, step.result.rejectedFile!.contentBase64)
                }
              >
                Hent afviste rækker
              </Button>
            )}
            <Button onClick={onClose}>{step.kind === 'done' ? 'Luk' : 'Annuller'}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
