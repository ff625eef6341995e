import { Toast, ToastTitle, useToastController } from '@fluentui/react-components';

export const TOASTER_ID = 'samspil-toaster';

/** A short confirmation in the corner ("«Demenscafé» er gemt"). */
export function useNotify() {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return (text: string, intent: 'success' | 'error' | 'info' = 'success') =>
    dispatchToast(
      <Toast>
        <ToastTitle>{text}</ToastTitle>
      </Toast>,
      { intent },
    );
}
