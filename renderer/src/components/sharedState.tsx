import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * A piece of state shared by a few components far apart in one view. Changing it redraws only
 * the components that read it, not the view that holds them: the children of the provider are
 * elements made by that view, and React reuses them as they are.
 */
export function createSharedState<T>(initial: T) {
  const Value = createContext<T>(initial);
  const Setter = createContext<(value: T) => void>(() => undefined);
  function Provider({ children }: { children: ReactNode }) {
    const [value, setValue] = useState<T>(initial);
    return (
      <Setter.Provider value={setValue}>
        <Value.Provider value={value}>{children}</Value.Provider>
      </Setter.Provider>
    );
  }
  return {
    Provider,
    useValue: () => useContext(Value),
    /** Stable: it never changes, so handlers built on it need not be remade. */
    useSetter: () => useContext(Setter),
  };
}
