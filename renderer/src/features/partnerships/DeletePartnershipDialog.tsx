import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import { useDeletePartnership } from './queries';

interface Props {
  partnership: Partnership;
  onClose(): void;
  onDeleted(): void;
}

export function DeletePartnershipDialog({ partnership, onClose, onDeleted }: Props) {
  const remove = useDeletePartnership();
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    try {
      await remove.mutateAsync(partnership.id);
      onDeleted();
    } catch (error) {
      setProblem(`Samarbejdet er ikke slettet. ${error instanceof Error ? error.message : ''}`);
    }
  }

  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Slet samarbejde?</DialogTitle>
          <DialogContent>
            Vil du slette «{partnership.title}» med {partnership.partner}? Sletningen kan ikke fortrydes, men
            bliver skrevet i historikken.
            {problem && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{problem}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={remove.isPending}>
              Slet
            </Button>
            <Button onClick={onClose}>Annuller</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
