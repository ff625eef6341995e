import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import {
  CPR_WARNING,
  PARTNERSHIP_FIELD_LABELS,
  fieldsWithCpr,
  storedFieldLabel,
} from '../../../shared/domain';

interface Question {
  fields: string[];
  answer(save: boolean): void;
}

// One question at a time, shown by the one host in App; any form can ask.
let question: Question | null = null;
const listeners = new Set<() => void>();

function ask(next: Question | null): void {
  question = next;
  for (const listener of listeners) listener();
}

/**
 * A warning before saving text that looks like a CPR number: the user fixes the text or saves
 * anyway (the detector can misread e.g. an account number). Resolves true to save.
 */
export function confirmCpr(
  record: Readonly<Record<string, unknown>>,
  labels: Readonly<Record<string, string>> = {},
): Promise<boolean> {
  const found = fieldsWithCpr(record);
  if (found.length === 0) return Promise.resolve(true);
  // Focus goes back where it was (the asking form's Gem button): that also hands the open drawer or
  // dialog back to assistive technology, which the warning's modality took from it.
  const asker = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    ask({
      fields: found.map((key) => labels[key] ?? storedFieldLabel(key, PARTNERSHIP_FIELD_LABELS)),
      answer: (save) => {
        ask(null);
        setTimeout(() => asker?.focus());
        resolve(save);
      },
    });
  });
}

export function CprConfirmHost() {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => question,
  );
  if (!current) return null;
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && current.answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Ligner det et CPR-nummer?</DialogTitle>
          <DialogContent>
            <p>
              Der står noget, der ligner et CPR-nummer, i: <strong>{current.fields.join(', ')}</strong>.
            </p>
            <p>{CPR_WARNING}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => current.answer(false)}>
              Ret teksten
            </Button>
            <Button onClick={() => current.answer(true)}>Gem alligevel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
