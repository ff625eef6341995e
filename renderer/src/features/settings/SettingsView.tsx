import {
  Button,
  Checkbox,
  Field,
  SpinButton,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LOOKUP_LISTS } from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { useLookupLists } from '../partnerships/queries';
import { BackupSettings } from './BackupSettings';
import { DocumentSettings } from './DocumentSettings';
import { LookupListEditor, type UsageNoun } from './LookupListEditor';
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

type NumberSettingKey = 'renewalWindowDays' | 'retentionYearsAfterEnd' | 'retentionYearsAfterVolunteerTerm';

/** One whole-number setting with its own Gem button. */
function NumberSetting({
  setting,
  label,
  stored,
  min,
  max,
  unit,
}: {
  setting: NumberSettingKey;
  label: string;
  stored: number;
  min: number;
  max: number;
  unit: string;
}) {
  const notify = useNotify();
  const update = useUpdateSettings();
  const [value, setValue] = useState<number | null>(stored);
  const valid = value !== null && Number.isInteger(value) && value >= min && value <= max;
  return (
    <Field
      label={label}
      validationMessage={
        valid ? undefined : `Vælg et helt antal ${unit} mellem ${String(min)} og ${String(max)}.`
      }
      validationState={valid ? 'none' : 'error'}
    >
      <div style={{ display: 'flex', gap: 8 }}>
        <SpinButton
          value={value}
          min={min}
          max={max}
          onChange={(_e, d) => setValue(d.value ?? (d.displayValue ? Number(d.displayValue) : null))}
        />
        <Button
          disabled={!valid || value === stored || update.isPending}
          onClick={() =>
            valid &&
            update.mutate(
              { [setting]: value },
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

/** Some municipalities show no employee names in an access export: the log then says "a member of staff". */
function ShowUsersSetting({ shown }: { shown: boolean }) {
  const notify = useNotify();
  const update = useUpdateSettings();
  return (
    <Checkbox
      checked={shown}
      disabled={update.isPending}
      label="Vis medarbejdernes brugernavne i logbogen i «Eksportér alt om personen»"
      onChange={(_e, d) =>
        update.mutate(
          { accessExportShowsUsers: d.checked === true },
          { onSuccess: () => notify('Indstillingen er gemt'), onError: (e) => notify(e.message, 'error') },
        )
      }
    />
  );
}

/** Segments are used by the følgegruppe's members; the other lists by partnerships. */
const MEMBERS: UsageNoun = { one: 'medlem af følgegruppen', many: 'medlemmer af følgegruppen' };
const PARTNERSHIPS: UsageNoun = { one: 'samarbejde', many: 'samarbejder' };

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
          <NumberSetting
            key={settings.data.renewalWindowDays}
            setting="renewalWindowDays"
            label="Advar om aftaler, der udløber eller skal fornyes inden for (dage)"
            stored={settings.data.renewalWindowDays}
            min={1}
            max={730}
            unit="dage"
          />
        ) : (
          <Spinner />
        )}
      </div>
      <div className={`${page.card} ${styles.card}`}>
        <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
          Databeskyttelse: opbevaringsfrister
        </Text>
        <Text>
          Hvor længe personoplysninger gemmes, når samarbejdet er slut. Personer og samarbejder, der har
          passeret fristen, står under Personer → Til sletning. En frist kan også sættes for den enkelte
          person.
        </Text>
        {settings.data ? (
          <>
            <NumberSetting
              key={`end-${String(settings.data.retentionYearsAfterEnd)}`}
              setting="retentionYearsAfterEnd"
              label="År efter at det sidste samarbejde er afsluttet"
              stored={settings.data.retentionYearsAfterEnd}
              min={1}
              max={50}
              unit="år"
            />
            <NumberSetting
              key={`volunteer-${String(settings.data.retentionYearsAfterVolunteerTerm)}`}
              setting="retentionYearsAfterVolunteerTerm"
              label="År efter at en enkeltfrivilligs forløb er afsluttet"
              stored={settings.data.retentionYearsAfterVolunteerTerm}
              min={1}
              max={50}
              unit="år"
            />
            <ShowUsersSetting shown={settings.data.accessExportShowsUsers} />
          </>
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
              <LookupListEditor
                list={list}
                items={lists.data[list]}
                usedBy={list === 'segments' ? MEMBERS : PARTNERSHIPS}
              />
            </div>
          ))
        ) : (
          <Spinner label="Henter lister …" />
        )}
      </div>
    </div>
  );
}
