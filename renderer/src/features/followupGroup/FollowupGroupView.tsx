import { Tab, TabList } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { usePageStyles } from '../../components/pageStyles';
import { GroupTab } from './GroupTab';
import { MeetingView } from './MeetingView';
import { useGroup } from './queries';
import { navigate, routeFromHash, type FollowupRoute } from './route';
import { YearPlanTab } from './YearPlanTab';

/** The følgegruppe: its members and kommissorium, the year's meetings, and each meeting's agenda and minutes. */
export function FollowupGroupView() {
  const page = usePageStyles();
  const group = useGroup();
  const [route, setRoute] = useState<FollowupRoute>(() => routeFromHash(window.location.hash));
  // The year plan remembers its year while a meeting is open.
  const [year, setYear] = useState(() => new Date().getFullYear());

  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => {
    if (route.tab === 'aarsplan' && route.year !== null) setYear(route.year);
  }, [route]);

  return (
    <div className={page.page}>
      <PageHeader
        title={group.data?.name ?? 'Følgegruppe'}
        subtitle="Medlemmer, årets møder, dagsordener og referater"
      />
      <TabList
        selectedValue={route.tab}
        onTabSelect={(_e, d) => {
          if (d.value === 'gruppe') navigate({ tab: 'gruppe' });
          if (d.value === 'aarsplan') navigate({ tab: 'aarsplan', year });
        }}
      >
        <Tab value="gruppe">Gruppen</Tab>
        <Tab value="aarsplan">Årsplan</Tab>
        {route.tab === 'moede' && <Tab value="moede">Møde</Tab>}
      </TabList>
      {route.tab === 'gruppe' && <GroupTab />}
      {route.tab === 'aarsplan' && <YearPlanTab year={route.year ?? year} />}
      {route.tab === 'moede' && <MeetingView key={route.meetingId} meetingId={route.meetingId} />}
    </div>
  );
}
