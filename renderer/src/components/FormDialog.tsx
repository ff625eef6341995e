import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ProblemBar } from './ProblemBar';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * A small form in a dialog: the fields (children) under why the last save failed (`problem`,
 * as an alert), the submit button (disabled while `busy`) and Annuller. The whole dialog is the
 * form, so Enter in a field submits. The same parts as ConfirmDialog, for typing rather than
 * confirming.
 */
export function FormDialog({
  title,
  submitLabel,
  busy,
  problem,
  onSubmit,
  onClose,
  children,
}: {
  title: ReactNode;
  submitLabel: string;
  busy: boolean;
  problem: string | null;
  onSubmit(): Promise<void>;
  onClose(): void;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
          noValidate
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <ProblemBar problem={problem} />
              {children}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {submitLabel}
              </Button>
              <Button onClick={onClose}>Annuller</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
