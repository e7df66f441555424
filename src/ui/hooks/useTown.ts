import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TownStore } from '../../store/store';
import type { TownState } from '../../store/types';

export const TownStoreContext = createContext<TownStore | null>(null);

/** The town store of the nearest provider. */
export function useTownStore(): TownStore {
  const store = useContext(TownStoreContext);
  if (!store) throw new Error('useTownStore needs a <TownStoreContext.Provider>');
  return store;
}

/** Subscribes to a slice of the town state (re-renders when the selected value changes). */
export function useTown<T>(selector: (s: TownState) => T): T {
  return useStore(useTownStore(), selector);
}
