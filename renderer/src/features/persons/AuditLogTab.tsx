import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
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
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AuditFilterInput } from '../../../../shared/api';
import {
  AUDIT_ACTION_LABELS,
  compareDanish,
  describeHistoryValue,
  fieldLabel,
  formatDateShort,
  recordLabel,
} from '../../../../shared/domain';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { DateInput } from '../../components/DateInput';
import { useAuditLog, useExportAuditLog, usePersons } from './queries';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  value: { maxWidth: '260px', overflowWrap: 'anywhere' },
});

const RECORD_KINDS = [
  'partnership',
  'person',
  'organisation',
  'followup_meeting',
  'actionPlan',
  'actionEffort',
] as const;
const ALL = '';

const stamp = (iso: string) => `${formatDateShort(iso.slice(0, 10))} ${iso.slice(11, 16)}`;

/** A changed field's value reads as in the partnership's history; other entries' notes are shown as written. */
const shown = (field: string | null, value: string | null) =>
  field === null ? value : describeHistoryValue(field, value);

/** The audit log, read-only: who did what, when and why, filtered and exported. */
export function AuditLogTab() {
  const page = usePageStyles();
  const styles = useStyles();
  const notify = useNotify();
  const persons = usePersons();
  const [filter, setFilter] = useState<AuditFilterInput>({});
  const log = useAuditLog(filter);
  const exportLog = useExportAuditLog();
  const set = (patch: Partial<AuditFilterInput>) =>
    setFilter((f) =>
      Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')),
    );
  const personName = persons.data?.find((p) => p.id === filter.personId)?.name ?? '';

  return (
    <>
      <div className={styles.filters}>
        <Field label="Person">
          <Dropdown
            placeholder="Alle"
            value={personName}
            selectedOptions={filter.personId ? [String(filter.personId)] : []}
            onOptionSelect={(_e, d) => set({ personId: d.optionValue ? Number(d.optionValue) : undefined })}
          >
            <Option value={ALL} text="Alle">
              Alle
            </Option>
            {[...(persons.data ?? [])]
              .sort((a, b) => compareDanish(a.name, b.name))
              .map((p) => (
                <Option key={p.id} value={String(p.id)} text={p.name}>
                  {p.name}
                </Option>
              ))}
          </Dropdown>
        </Field>
        <Field label="Post">
          <Dropdown
            placeholder="Alle"
            value={filter.entity ? recordLabel(filter.entity) : ''}
            selectedOptions={filter.entity ? [filter.entity] : []}
            onOptionSelect={(_e, d) => set({ entity: d.optionValue || undefined })}
          >
            <Option value={ALL} text="Alle">
              Alle
            </Option>
            {RECORD_KINDS.map((kind) => (
              <Option key={kind} value={kind} text={recordLabel(kind)}>
                {recordLabel(kind)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Nr.">
          <Input
            type="number"
            style={{ width: 90 }}
            value={filter.entityId ? String(filter.entityId) : ''}
            onChange={(_e, d) =>
              set({ entityId: Number(d.value) > 0 ? Math.floor(Number(d.value)) : undefined })
            }
          />
        </Field>
        <Field label="Bruger">
          <Dropdown
            placeholder="Alle"
            value={filter.actor ?? ''}
            selectedOptions={filter.actor ? [filter.actor] : []}
            onOptionSelect={(_e, d) => set({ actor: d.optionValue || undefined })}
          >
            <Option value={ALL} text="Alle">
              Alle
            </Option>
            {(log.data?.actors ?? []).map((a) => (
              <Option key={a} value={a}>
                {a}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Fra">
          <DateInput
            value={filter.from ?? ''}
            ignoreUnreadable
            onChange={(date) => set({ from: date || undefined })}
          />
        </Field>
        <Field label="Til">
          <DateInput
            value={filter.to ?? ''}
            ignoreUnreadable
            onChange={(date) => set({ to: date || undefined })}
          />
        </Field>
        <Button
          icon={<ArrowDownload20Regular />}
          disabled={exportLog.isPending}
          onClick={() => exportLog.mutate(filter, { onError: (e) => notify(e.message, 'error') })}
        >
          Eksportér (CSV)
        </Button>
      </div>
      <div className={page.card}>
        {log.isPending || !log.data ? (
          <Spinner label="Henter logbogen …" />
        ) : log.data.entries.length === 0 ? (
          <Text style={{ display: 'block', padding: 16 }}>Ingen registreringer matcher filteret.</Text>
        ) : (
          <Table aria-label="Logbog" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Tidspunkt</TableHeaderCell>
                <TableHeaderCell>Bruger</TableHeaderCell>
                <TableHeaderCell>Handling</TableHeaderCell>
                <TableHeaderCell>Post</TableHeaderCell>
                <TableHeaderCell>Felt</TableHeaderCell>
                <TableHeaderCell>Før</TableHeaderCell>
                <TableHeaderCell>Efter</TableHeaderCell>
                <TableHeaderCell>Begrundelse</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.data.entries.map((e) => (
                <TableRow key={e.id} data-testid="audit-row">
                  <TableCell>{stamp(e.at)}</TableCell>
                  <TableCell>{e.actor}</TableCell>
                  <TableCell>{AUDIT_ACTION_LABELS[e.action]}</TableCell>
                  <TableCell>
                    {recordLabel(e.entity)} {e.entityId}
                  </TableCell>
                  <TableCell>{fieldLabel(e.field)}</TableCell>
                  <TableCell className={styles.value}>{shown(e.field, e.oldValue)}</TableCell>
                  <TableCell className={styles.value}>{shown(e.field, e.newValue)}</TableCell>
                  <TableCell className={styles.value}>{e.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      {log.data?.truncated && (
        <Text>
          Logbogen viser de nyeste 2.000 registreringer. Afgræns filteret, eller eksportér for at se dem alle.
        </Text>
      )}
    </>
  );
}
