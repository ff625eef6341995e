import { useState } from 'react';

/**
 * A form's values and what they were when it opened or was last saved, so SidePanel and
 * FormDialog (their `dirty` prop) can ask before Esc, a click beside them or Annuller throws
 * typing away. Values are plain data, so equal JSON means nothing was changed – typing a field
 * back to what it was counts as no change.
 */
export function useEditedValues<V>(initial: V | (() => V)) {
  const [saved, setSaved] = useState<V>(initial);
  const [values, setValues] = useState<V>(saved);
  const dirty = values !== saved && JSON.stringify(values) !== JSON.stringify(saved);
  /** After a save that keeps the form open: what is shown now is what is stored. */
  const markSaved = () => setSaved(values);
  return { values, setValues, dirty, markSaved };
}
