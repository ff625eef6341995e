import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { usePageStyles } from '../../components/pageStyles';
import { AuditLogTab } from './AuditLogTab';
import { PersonsTab } from './PersonsTab';
import { RetentionTab } from './RetentionTab';

type TabId = 'personer' | 'sletning' | 'logbog';

/** Data protection: the persons in the register, what is due for deletion, and who did what. */
export function PersonsView() {
  const page = usePageStyles();
  const [tab, setTab] = useState<TabId>('personer');
  return (
    <div className={page.page}>
      <PageHeader
        title="Personer og databeskyttelse"
        subtitle="Kontaktpersoner og medlemmer: retsgrundlag, oplysningspligt, indsigt, sletning og logbog"
      />
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)}>
        <Tab value="personer">Personer</Tab>
        <Tab value="sletning">Til sletning</Tab>
        <Tab value="logbog">Logbog</Tab>
      </TabList>
      {tab === 'personer' && <PersonsTab />}
      {tab === 'sletning' && <RetentionTab />}
      {tab === 'logbog' && <AuditLogTab />}
    </div>
  );
}
