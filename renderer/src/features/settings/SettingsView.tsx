import { Button, Field, SpinButton, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LOOKUP_LISTS } from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { useLookupLists } from '../partnerships/queries';
import { BackupSettings } from './BackupSettings';
import { DocumentSettings } from './DocumentSettings';
import { LookupListEditor } from './LookupListEditor';
import { useSettings, useUpdateSettings } from './queries';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

function RenewalWindow({ days }: { days: number }) {
  const notify = useNotify();
  const update = useUpdateSettings();
  const [value, setValue] = useState<number | null>(days);
  const valid = value !== null && Number.isInteger(value) && value >= 1 && value <= 730;
  return (
    <Field
      label="Advar om aftaler, der udløber eller skal fornyes inden for (dage)"
      validationMessage={valid ? undefined : 'Vælg et helt antal dage mellem 1 og 730.'}
      validationState={valid ? 'none' : 'error'}
    >
      <div style={{ display: 'flex', gap: 8 }}>
        <SpinButton
          value={value}
          min={1}
          max={730}
          onChange={(_e, d) => setValue(d.value ?? (d.displayValue ? Number(d.displayValue) : null))}
        />
        <Button
          disabled={!valid || value === days || update.isPending}
          onClick={() =>
            valid &&
            update.mutate(
              { renewalWindowDays: value },
              {
                onSuccess: () => notify('Indstillingen er gemt'),
                onError: (e) => notify(e.message, 'error'),
              },
            )
          }
        >
          Gem
        </Button>
      </div>
    </Field>
  );
}

export function SettingsView() {
  const page = usePageStyles();
  const styles = useStyles();
  const lists = useLookupLists();
  const settings = useSettings();
  return (
    <div className={page.page}>
      <PageHeader title="Indstillinger" subtitle="Kommunens egne lister, påmindelser og dokumenter" />
      <div className={`${page.card} ${styles.card}`}>
        <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
          Påmindelser
        </Text>
        {settings.data ? (
          <RenewalWindow key={settings.data.renewalWindowDays} days={settings.data.renewalWindowDays} />
        ) : (
          <Spinner />
        )}
      </div>
      <div className={`${page.card} ${styles.card}`}>
        <BackupSettings />
      </div>
      {settings.data && (
        <div className={`${page.card} ${styles.card}`}>
          <DocumentSettings settings={settings.data} />
        </div>
      )}
      <div className={styles.grid}>
        {lists.data ? (
          LOOKUP_LISTS.map((list) => (
            <div key={list} className={`${page.card} ${styles.card}`}>
              <LookupListEditor list={list} items={lists.data[list]} />
            </div>
          ))
        ) : (
          <Spinner label="Henter lister …" />
        )}
      </div>
    </div>
  );
}
