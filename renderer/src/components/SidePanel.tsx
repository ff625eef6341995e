import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

/**
 * One record in a panel that slides in from the right: its title with a Luk button, what sits
 * under the title (`header`, such as tabs), the record (children) and the buttons (`footer`).
 * Dialogs the panel opens belong in children, so they open on top of it as nested dialogs.
 */
export function SidePanel({
  title,
  size = 'medium',
  header,
  footer,
  onClose,
  children,
}: {
  title: ReactNode;
  size?: 'medium' | 'large';
  header?: ReactNode;
  footer: ReactNode;
  onClose(): void;
  children: ReactNode;
}) {
  return (
    <OverlayDrawer open position="end" size={size} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label="Luk" icon={<Dismiss24Regular />} onClick={onClose} />
          }
        >
          {title}
        </DrawerHeaderTitle>
        {header}
      </DrawerHeader>
      <DrawerBody>{children}</DrawerBody>
      <DrawerFooter>{footer}</DrawerFooter>
    </OverlayDrawer>
  );
}
