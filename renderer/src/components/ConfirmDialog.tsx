import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ProblemBar } from './ProblemBar';

const useStyles = makeStyles({
  // A longer label (Fortsæt redigeringen) stays on one line.
  button: { whiteSpace: 'nowrap' },
});

/**
 * The dialog before an action that cannot be undone: what it does (children), why it failed
 * (`problem`, as an alert), the action button (disabled while `busy`) and Annuller (or
 * `cancelLabel`).
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  busyLabel = confirmLabel,
  busy,
  problem,
  modalType = 'alert',
  cancelLabel = 'Annuller',
  onConfirm,
  onClose,
  children,
}: {
  title: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy: boolean;
  problem: string | null;
  modalType?: 'alert' | 'modal';
  cancelLabel?: string;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Dialog open modalType={modalType} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {children}
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" className={styles.button} onClick={onConfirm} disabled={busy}>
              {busy ? busyLabel : confirmLabel}
            </Button>
            <Button className={styles.button} onClick={onClose}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
