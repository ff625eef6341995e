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
import { useDiscardChanges } from './DiscardChanges';
import { ProblemBar } from './ProblemBar';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { width: '100%', display: 'flex', gap: tokens.spacingHorizontalS },
  spacer: { flexGrow: 1 },
});

/**
 * A small form in a dialog: the fields (children) under why the last save failed (`problem`,
 * as an alert), the submit button (disabled while `busy`) and Annuller. The whole dialog is the
 * form, so Enter in a field submits. The same parts as ConfirmDialog, for typing rather than
 * confirming. With `dirty` (unsaved changes), Esc, a click beside it and Annuller ask first.
 */
export function FormDialog({
  title,
  submitLabel,
  busy,
  problem,
  canSubmit = true,
  secondaryAction,
  className,
  dirty = false,
  onSubmit,
  onClose,
  children,
}: {
  title: ReactNode;
  submitLabel: string;
  busy: boolean;
  problem: string | null;
  /** False when there is nothing to submit: then only Luk. */
  canSubmit?: boolean;
  /** An action of another kind (Slet …), set apart at the start of the buttons. */
  secondaryAction?: ReactNode;
  /** For the surface, such as a wider dialog. */
  className?: string;
  dirty?: boolean;
  onSubmit(): Promise<void>;
  onClose(): void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const discard = useDiscardChanges(dirty, onClose);
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && discard.requestClose()}>
      <DialogSurface className={className}>
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
            <DialogActions
              fluid={Boolean(secondaryAction)}
              className={secondaryAction ? styles.actions : undefined}
            >
              {secondaryAction && (
                <>
                  {secondaryAction}
                  <span className={styles.spacer} />
                </>
              )}
              {canSubmit && (
                <Button appearance="primary" type="submit" disabled={busy}>
                  {submitLabel}
                </Button>
              )}
              <Button onClick={discard.requestClose}>{canSubmit ? 'Annuller' : 'Luk'}</Button>
            </DialogActions>
          </DialogBody>
        </form>
        {discard.dialog}
      </DialogSurface>
    </Dialog>
  );
}
