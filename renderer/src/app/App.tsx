import { Tab, TabList, Text, Toaster, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { CprConfirmHost } from '../components/cprConfirm';
import { TOASTER_ID } from '../components/useNotify';
import { ActionPlanView } from '../features/actionPlan/ActionPlanView';
import { AgreementsView } from '../features/agreements/AgreementsView';
import { FollowupGroupView } from '../features/followupGroup/FollowupGroupView';
import { MatrixView } from '../features/matrix/MatrixView';
import { OverviewView } from '../features/overview/OverviewView';
import { OrganisationsView } from '../features/organisations/OrganisationsView';
import { PartnershipsView } from '../features/partnerships/PartnershipsView';
import { PersonsView } from '../features/persons/PersonsView';
import { SettingsView } from '../features/settings/SettingsView';
import { VIEWS, viewFromHash, type ViewId } from './views';

const useStyles = makeStyles({
  shell: { display: 'grid', gridTemplateColumns: '220px 1fr', height: '100%' },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalM,
  },
  main: { overflow: 'auto', backgroundColor: tokens.colorNeutralBackground2 },
});

/** Every view, so the compiler refuses a menu entry without one. */
const BUILT_VIEWS: Record<ViewId, ReactNode> = {
  overblik: <OverviewView />,
  samarbejder: <PartnershipsView />,
  partnere: <OrganisationsView />,
  matrix: <MatrixView />,
  aftaler: <AgreementsView />,
  handleplan: <ActionPlanView />,
  foelgegruppe: <FollowupGroupView />,
  personer: <PersonsView />,
  indstillinger: <SettingsView />,
};

export function App() {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(() => viewFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const current = VIEWS.find((v) => v.id === view)!;
  return (
    <div className={styles.shell}>
      <Toaster toasterId={TOASTER_ID} position="bottom-end" />
      <CprConfirmHost />
      <nav className={styles.nav} aria-label="Hovedmenu">
        <div className={styles.brand}>
          <Text as="span" size={600} weight="semibold">
            Samspil
          </Text>
          <Text as="span" size={200}>
            Samarbejder med frivillige
          </Text>
        </div>
        <TabList
          vertical
          size="large"
          selectedValue={view}
          onTabSelect={(_e, data) => {
            window.location.hash = `#/${String(data.value)}`;
          }}
        >
          {VIEWS.map(({ id, label, icon: Icon }) => (
            <Tab key={id} value={id} icon={<Icon />}>
              {label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>{BUILT_VIEWS[current.id]}</main>
    </div>
  );
}
