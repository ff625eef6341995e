import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ProblemBar } from './ProblemBar';

/**
 * The dialog before an action that cannot be undone: what it does (children), why it failed
 * (`problem`, as an alert), the action button (disabled while `busy`) and Annuller.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  busyLabel = confirmLabel,
  busy,
  problem,
  modalType = 'alert',
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
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}) {
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
            <Button appearance="primary" onClick={onConfirm} disabled={busy}>
              {busy ? busyLabel : confirmLabel}
            </Button>
            <Button onClick={onClose}>Annuller</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
