import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Closing a form (Esc, a click beside it, Luk, Annuller): at once when nothing was changed,
 * otherwise only after the user confirms that what was typed may go. `dialog` is the question;
 * render it inside the form's panel or dialog so it opens on top of it.
 */
export function useDiscardChanges(dirty: boolean, onClose: () => void) {
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  const dialog = asking && (
    <ConfirmDialog
      title="Kassér ændringerne?"
      confirmLabel="Kassér"
      cancelLabel="Fortsæt redigeringen"
      busy={false}
      problem={null}
      onConfirm={onClose}
      onClose={() => setAsking(false)}
    >
      Det, du har skrevet, bliver ikke gemt.
    </ConfirmDialog>
  );
  return { requestClose, dialog };
}
