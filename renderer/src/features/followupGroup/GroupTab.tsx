import {
  Badge,
  Button,
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
import { Add20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Member } from '../../../../shared/api';
import { SEAT_KIND_LABELS, formatDateShort } from '../../../../shared/domain';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { GroupSettings } from './GroupSettings';
import { MemberDialog } from './MemberDialog';
import { useGroup, useRemoveMember } from './queries';
import { WarningList } from './WarningList';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  nameCell: { display: 'flex', flexDirection: 'column' },
});

/** The members with their seats and terms, what the composition lacks, and the kommissorium. */
export function GroupTab() {
  const page = usePageStyles();
  const styles = useStyles();
  const notify = useNotify();
  const group = useGroup();
  const remove = useRemoveMember();
  const [editing, setEditing] = useState<Member | 'new' | null>(null);

  if (group.isPending) return <Spinner label="Henter følgegruppen …" />;
  if (group.isError) return <Text role="alert">Følgegruppen kunne ikke hentes: {group.error.message}</Text>;

  const removeMember = (member: Member) => {
    if (!window.confirm(`Fjern ${member.name} fra følgegruppen? Tidligere referater beholder navnet.`))
      return;
    remove.mutate(
      { id: member.id },
      {
        onSuccess: () => notify(`${member.name} er fjernet fra gruppen`),
        onError: (error) => notify(error.message, 'error'),
      },
    );
  };

  return (
    <>
      <WarningList warnings={group.data.warnings} title="Gruppens sammensætning" />
      <section className={`${page.card} ${styles.card}`} aria-labelledby="members-heading">
        <div className={styles.heading}>
          <Text as="h2" id="members-heading" size={500} weight="semibold" style={{ margin: 0 }}>
            Medlemmer ({group.data.members.length})
          </Text>
          <Button appearance="primary" icon={<Add20Regular />} onClick={() => setEditing('new')}>
            Tilføj medlem
          </Button>
        </div>
        {group.data.members.length === 0 ? (
          <Text className={styles.muted}>
            Gruppen har ingen medlemmer endnu. Tilføj de faste pladser og dem, der blev valgt på Nytårskuren.
          </Text>
        ) : (
          <div className={page.tableScroller}>
            <Table aria-label="Medlemmer" size="small" style={{ minWidth: 900 }}>
              <TableHeader>
                <TableRow>
                  {/* Seats, segments and dates get what their longest value needs; name and
                    organisation the rest. */}
                  <TableHeaderCell>Navn</TableHeaderCell>
                  <TableHeaderCell>Organisation</TableHeaderCell>
                  <TableHeaderCell style={{ width: 110 }}>Plads</TableHeaderCell>
                  <TableHeaderCell style={{ width: 135 }}>Segment</TableHeaderCell>
                  <TableHeaderCell style={{ width: 85 }}>Valgt</TableHeaderCell>
                  <TableHeaderCell style={{ width: 110 }}>Valgperiode til</TableHeaderCell>
                  <TableHeaderCell className={page.stickyActions} style={{ width: 72 }}>
                    <span className="visually-hidden">Handlinger</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {group.data.members.map((m) => (
                  <TableRow key={m.id} data-testid="member-row">
                    <TableCell>
                      <div className={styles.nameCell}>
                        <Text weight="semibold">{m.name}</Text>
                        {m.role && <Text size={200}>{m.role}</Text>}
                      </div>
                    </TableCell>
                    <TableCell>{m.organisation || '–'}</TableCell>
                    <TableCell>{SEAT_KIND_LABELS[m.seatKind]}</TableCell>
                    <TableCell>{m.segmentName ?? '–'}</TableCell>
                    <TableCell>{m.electedAt ? formatDateShort(m.electedAt) : '–'}</TableCell>
                    <TableCell>
                      {m.termEnd ? formatDateShort(m.termEnd) : '–'}{' '}
                      {m.termExpired && (
                        <Badge appearance="tint" color="danger" shape="rounded">
                          Udløbet
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell className={page.stickyActions}>
                      <Button
                        appearance="subtle"
                        icon={<Edit20Regular />}
                        aria-label={`Ret ${m.name}`}
                        onClick={() => setEditing(m)}
                      />
                      <Button
                        appearance="subtle"
                        icon={<Delete20Regular />}
                        aria-label={`Fjern ${m.name}`}
                        onClick={() => removeMember(m)}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <section className={`${page.card} ${styles.card}`}>
        <GroupSettings group={group.data} />
      </section>
      {editing && (
        <MemberDialog
          member={editing === 'new' ? null : editing}
          onClose={(saved) => {
            if (saved) notify(`${saved} er gemt`);
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
