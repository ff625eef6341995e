import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { createContext, useContext, type ReactNode } from 'react';
import { useDiscardChanges } from './DiscardChanges';

const RequestClose = createContext<() => void>(() => undefined);

/** Annuller in a panel's footer: closes it the way Esc and Luk do, asking first when `dirty`. */
export function CancelButton() {
  return <Button onClick={useContext(RequestClose)}>Annuller</Button>;
}

/**
 * One record in a panel that slides in from the right: its title with a Luk button, what sits
 * under the title (`header`, such as tabs), the record (children) and the buttons (`footer`).
 * Dialogs the panel opens belong in children, so they open on top of it as nested dialogs.
 * With `dirty` (unsaved changes), closing asks first.
 */
export function SidePanel({
  title,
  size = 'medium',
  header,
  footer,
  dirty = false,
  onClose,
  children,
}: {
  title: ReactNode;
  size?: 'medium' | 'large';
  header?: ReactNode;
  footer: ReactNode;
  dirty?: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const discard = useDiscardChanges(dirty, onClose);
  return (
    <OverlayDrawer
      open
      position="end"
      size={size}
      onOpenChange={(_e, d) => !d.open && discard.requestClose()}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label="Luk"
              icon={<Dismiss24Regular />}
              onClick={discard.requestClose}
            />
          }
        >
          {title}
        </DrawerHeaderTitle>
        {header}
      </DrawerHeader>
      <DrawerBody>
        {children}
        {discard.dialog}
      </DrawerBody>
      <DrawerFooter>
        <RequestClose.Provider value={discard.requestClose}>{footer}</RequestClose.Provider>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
