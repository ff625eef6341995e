import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PageHeader } from '../../components/PageHeader';
import { usePageStyles } from '../../components/pageStyles';

/** An honest placeholder: the view is planned, not pretended. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  const styles = usePageStyles();
  return (
    <div className={styles.page}>
      <PageHeader title={title} />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Denne del af Samspil er under udvikling.</MessageBarTitle>
          {description}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
