import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { describeHistoryValue, fieldLabel } from '../../../../../shared/domain';
import { useHistory } from '../queries';
import { useFormStyles } from './formStyles';

const ACTION_TEXT = { create: 'Oprettet', update: 'Ændret', delete: 'Slettet' } as const;

const timestamp = new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeStyle: 'short' });

/** Every change to the record, newest first, as written in the append-only audit log. */
export function HistorySection({ partnershipId }: { partnershipId: number }) {
  const styles = useFormStyles();
  const history = useHistory(partnershipId);
  if (history.isPending) return <Spinner label="Henter historik …" />;
  if (history.isError) return <Text>Historikken kunne ikke hentes: {history.error.message}</Text>;
  const entries = [...history.data].reverse();
  return (
    <div className={styles.section}>
      <Table aria-label="Historik" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Tidspunkt</TableHeaderCell>
            <TableHeaderCell>Hvem</TableHeaderCell>
            <TableHeaderCell>Ændring</TableHeaderCell>
            <TableHeaderCell>Begrundelse</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((e, index) => (
            <TableRow key={index} data-testid="history-entry">
              <TableCell>{timestamp.format(new Date(e.at))}</TableCell>
              <TableCell>{e.actor}</TableCell>
              <TableCell>
                {e.action === 'update'
                  ? `${fieldLabel(e.field)}: ${describeHistoryValue(e.field, e.oldValue)} → ${describeHistoryValue(e.field, e.newValue)}`
                  : ACTION_TEXT[e.action]}
              </TableCell>
              <TableCell>{e.reason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
