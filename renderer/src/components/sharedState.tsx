import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * A piece of state shared by a few components far apart in one view. Changing it redraws only
 * the components that read it, not the view that holds them. The context hands down a store that
 * never changes and readers subscribe to it: a changed context value would make React search the
 * whole tree below the provider for its readers, which under a canvas of 2,000 nodes costs more
 * than redrawing the readers.
 */
export function createSharedState<T>(initial: T) {
  function createStore() {
    let value = initial;
    const listeners = new Set<() => void>();
    return {
      get: () => value,
      set: (next: T) => {
        if (Object.is(next, value)) return;
        value = next;
        for (const listener of listeners) listener();
      },
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    };
  }
  const Store = createContext(createStore());
  function Provider({ children }: { children: ReactNode }) {
    const [store] = useState(createStore);
    return <Store.Provider value={store}>{children}</Store.Provider>;
  }
  return {
    Provider,
    useValue: (): T => {
      const store = useContext(Store);
      return useSyncExternalStore(store.subscribe, store.get);
    },
    /** Stable: it never changes, so handlers built on it need not be remade. */
    useSetter: () => useContext(Store).set,
  };
}
