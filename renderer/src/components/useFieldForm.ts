import { useState } from 'react';
import type { z } from 'zod';
import { ApiCallError } from '../api/client';
import { confirmCpr } from './cprConfirm';
import { checkForm, fieldMessages, type FieldMessages } from './fieldMessages';
import { useEditedValues } from './useEditedValues';

/**
 * The state of one small form: what the user typed, the Danish message per field, and a summary
 * when a save fails. A failed save never touches `values`, so nothing typed is lost.
 */
export function useFieldForm<V extends object>(initial: V | (() => V)) {
  const { values, setValues, dirty, markSaved } = useEditedValues<V>(initial);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | null>(null);

  function set<K extends keyof V>(key: K, value: V[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setMessages((m) => ({ ...m, [key]: undefined }));
  }

  /**
   * Checks `raw` against `schema` here first (instant messages), then saves; the server's own
   * field messages land in the same places. Resolves true when saved.
   */
  async function submit<S extends z.ZodType>(
    schema: S,
    raw: Record<string, unknown>,
    save: (parsed: z.output<S>) => Promise<unknown>,
    failure: string,
  ): Promise<boolean> {
    const parsed = checkForm(schema, raw);
    if (!parsed.ok) {
      setMessages(parsed.messages);
      setProblem(`${failure} Ret de markerede felter og prøv igen.`);
      return false;
    }
    // Minutes, backgrounds and notes must not hold CPR numbers: warn, and let the user decide.
    if (!(await confirmCpr(parsed.value as Record<string, unknown>))) return false;
    try {
      await save(parsed.value);
      markSaved();
      setMessages({});
      setProblem(null);
      return true;
    } catch (error) {
      if (error instanceof ApiCallError) {
        setMessages(fieldMessages(error.error.details?.fieldErrors ?? []));
        setProblem(`${failure} ${error.error.message}`);
      } else {
        setProblem(`${failure} Der skete en uventet fejl. Prøv igen.`);
      }
      return false;
    }
  }

  return { values, setValues, dirty, set, messages, problem, submit };
}
