import { useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
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
    <ConfirmDialog
      title="Slet samarbejde?"
      confirmLabel="Slet"
      busy={remove.isPending}
      problem={problem}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      Vil du slette «{partnership.title}» med {partnership.partner}? Sletningen kan ikke fortrydes, men bliver
      skrevet i historikken.
    </ConfirmDialog>
  );
}
