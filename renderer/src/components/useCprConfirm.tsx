import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { CPR_WARNING, fieldsWithCpr } from '../../../shared/domain';

/**
 * A warning before saving text that looks like a CPR number: the user fixes the text or saves
 * anyway (the detector can misread e.g. an account number). `confirm` resolves true to save.
 */
export function useCprConfirm(labels: Readonly<Record<string, string>>): {
  confirm(record: Readonly<Record<string, unknown>>): Promise<boolean>;
  dialog: ReactNode;
} {
  const [fields, setFields] = useState<string[] | null>(null);
  const answer = useRef<(save: boolean) => void>(() => undefined);

  function close(save: boolean) {
    setFields(null);
    answer.current(save);
  }

  return {
    confirm(record) {
      const found = fieldsWithCpr(record);
      if (found.length === 0) return Promise.resolve(true);
      setFields(found.map((key) => labels[key] ?? key));
      return new Promise((resolve) => {
        answer.current = resolve;
      });
    },
    dialog: fields && (
      <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && close(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Ligner det et CPR-nummer?</DialogTitle>
            <DialogContent>
              <p>
                Der står noget, der ligner et CPR-nummer, i: <strong>{fields.join(', ')}</strong>.
              </p>
              <p>{CPR_WARNING}</p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => close(false)}>
                Ret teksten
              </Button>
              <Button onClick={() => close(true)}>Gem alligevel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    ),
  };
}
