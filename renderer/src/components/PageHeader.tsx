import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
});

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Text as="h1" size={700} weight="semibold" style={{ margin: 0 }}>
          {title}
        </Text>
        {subtitle && <Text>{subtitle}</Text>}
      </div>
      {actions}
    </header>
  );
}
