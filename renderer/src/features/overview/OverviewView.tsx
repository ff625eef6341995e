import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentText24Regular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  AGREEMENT_KINDS,
  AGREEMENT_KIND_LABELS,
  FLAG_ADVICE,
  FLAG_CODES,
  FLAG_LABELS,
  PARTNERSHIP_STATUSES,
  QUADRANT_LABELS,
  STATUS_LABELS,
  formatDateLong,
  formatDateShort,
  endsInMonth,
  matrixCounts,
  nextTwelveMonths,
  toIsoDate,
  type Quadrant,
} from '../../../../shared/domain';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/useNotify';
import { usePageStyles } from '../../components/pageStyles';
import { filtersLink } from '../partnerships/filters';
import { useLookupLists, usePartnerships } from '../partnerships/queries';
import { BarList } from './BarList';
import { FollowupAttentionItems, useFollowupAttention } from './FollowupAttention';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  matrix: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  quadrant: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  attention: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  timeline: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(12, 1fr)',
    gap: '4px',
    alignItems: 'end',
    height: '120px',
  },
  monthSlot: { display: 'flex', height: '100%' },
  monthLink: {
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  month: {
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '2px',
    height: '100%',
    justifyContent: 'flex-end',
  },
  monthBar: {
    display: 'block',
    width: '70%',
    backgroundColor: tokens.colorPaletteMarigoldBackground3,
    borderRadius: '3px 3px 0 0',
  },
});

function Card({ title, children }: { title: string; children: ReactNode }) {
  const page = usePageStyles();
  const styles = useStyles();
  return (
    <section className={`${page.card} ${styles.card}`} aria-label={title}>
      <Text as="h2" size={400} weight="semibold" style={{ margin: 0 }}>
        {title}
      </Text>
      {children}
    </section>
  );
}

/** End dates in each of the next twelve months, starting with this one. */
function endDatesByMonth(rows: readonly Partnership[], today: string) {
  return nextTwelveMonths(today).map((month) => ({
    ...month,
    count: rows.filter((p) => endsInMonth(p, month.key)).length,
  }));
}

/** The portfolio report for the centre leaders and the committee, in Word. */
function ReportButton() {
  const notify = useNotify();
  const report = useMutation({
    mutationFn: () => call('reports.overview', { includeEnded: false }),
    onSuccess: (file) => saveFile(file.fileName, file.contentBase64),
    onError: (error) => notify(`Rapporten kunne ikke laves: ${error.message}`, 'error'),
  });
  return (
    <Button icon={<DocumentText24Regular />} disabled={report.isPending} onClick={() => report.mutate()}>
      Oversigtsrapport (Word)
    </Button>
  );
}

/** The start screen: the portfolio at a glance and what needs attention now. */
export function OverviewView() {
  const page = usePageStyles();
  const styles = useStyles();
  const partnerships = usePartnerships();
  const lists = useLookupLists();
  const followup = useFollowupAttention();
  const today = toIsoDate(new Date());
  const rows = useMemo(() => partnerships.data ?? [], [partnerships.data]);
  const counts = useMemo(() => matrixCounts(rows), [rows]);
  const timeline = useMemo(() => endDatesByMonth(rows, today), [rows, today]);
  const maxMonth = Math.max(1, ...timeline.map((m) => m.count));

  if (partnerships.isPending) return <Spinner label="Henter overblikket …" />;
  const count = (pick: (p: Partnership) => boolean) => rows.filter(pick).length;
  return (
    <div className={page.page}>
      <PageHeader
        title="Overblik"
        subtitle={`${String(rows.length)} samarbejder · ${formatDateLong(today)}`}
        actions={<ReportButton />}
      />
      <div className={styles.grid}>
        <Card title="Kvadranter">
          <div className={styles.matrix}>
            {([1, 2, 3, 4] as Quadrant[]).map((q) => (
              <a
                key={q}
                className={styles.quadrant}
                href={filtersLink({ quadrant: `${q}` })}
                data-testid="overview-quadrant"
                data-quadrant={q}
              >
                <Text size={700} weight="semibold">
                  {counts.quadrants[q]}
                </Text>
                <Text size={200}>
                  {q}. {QUADRANT_LABELS[q]}
                </Text>
              </a>
            ))}
          </div>
        </Card>
        <Card title="Kræver opmærksomhed">
          {FLAG_CODES.every((f) => count((p) => p.flags.includes(f)) === 0) &&
            followup.overdue.length === 0 && <Text>Ingen advarsler lige nu.</Text>}
          <ul className={styles.attention}>
            {FLAG_CODES.map((flag) => {
              const flagged = rows.filter((p) => p.flags.includes(flag));
              if (flagged.length === 0) return null;
              return (
                <li key={flag} data-testid="attention-item" data-flag={flag}>
                  <a href={filtersLink({ flag })} title={FLAG_ADVICE[flag]}>
                    {FLAG_LABELS[flag]}: {flagged.length}
                  </a>
                  <Text size={200} block>
                    {flagged
                      .slice(0, 3)
                      .map((p) => p.title)
                      .join(', ')}
                    {flagged.length > 3 ? ' …' : ''}
                  </Text>
                </li>
              );
            })}
            <FollowupAttentionItems {...followup} />
          </ul>
        </Card>
        <Card title="Aftaler der udløber de næste 12 måneder">
          <ul className={styles.timeline} aria-label="Udløb pr. måned">
            {timeline.map((m) => {
              const bar = (
                <>
                  <Text size={100}>{m.count || ''}</Text>
                  <span
                    className={styles.monthBar}
                    style={{ height: `${String((m.count / maxMonth) * 80)}%` }}
                  />
                  <Text size={100}>{m.short}</Text>
                </>
              );
              // A month with end dates opens the register narrowed to them.
              return (
                <li key={m.key} className={styles.monthSlot}>
                  {m.count > 0 ? (
                    <a
                      className={`${styles.month} ${styles.monthLink}`}
                      href={filtersLink({ endsIn: m.key })}
                      aria-label={`${m.long}: ${String(m.count)} udløber`}
                      data-testid="timeline-month"
                    >
                      {bar}
                    </a>
                  ) : (
                    <div className={styles.month} aria-label={`${m.long}: ingen udløber`} role="img">
                      {bar}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <Text size={200}>
            Næste:{' '}
            {rows
              .filter((p) => p.status !== 'afsluttet' && p.endDate && p.endDate >= today)
              .sort((a, b) => (a.endDate! < b.endDate! ? -1 : 1))
              .slice(0, 3)
              .map((p) => `${p.title} (${formatDateShort(p.endDate!)})`)
              .join(', ') || 'ingen'}
          </Text>
        </Card>
        <Card title="Status">
          <BarList
            label="Status"
            bars={PARTNERSHIP_STATUSES.map((s) => ({
              label: STATUS_LABELS[s],
              count: count((p) => p.status === s),
              href: filtersLink({ status: s }),
            }))}
          />
        </Card>
        <Card title="Aftaletype">
          <BarList
            label="Aftaletype"
            bars={AGREEMENT_KINDS.map((k) => ({
              label: AGREEMENT_KIND_LABELS[k],
              count: count((p) => p.agreementKind === k),
              href: filtersLink({ agreementKind: k }),
            }))}
          />
        </Card>
        <Card title="Enheder">
          <BarList
            label="Enheder"
            bars={(lists.data?.units ?? []).map((u) => ({
              label: u.name,
              count: count((p) => p.unitId === u.id),
              href: filtersLink({ unitId: String(u.id) }),
            }))}
          />
        </Card>
      </div>
    </div>
  );
}
