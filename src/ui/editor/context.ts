import { createContext, useContext } from 'react';
import type { MapInfo, ScenarioCheck } from '../../protocol';
import type { PlaceDraft } from './draftOps';

/** A place field waiting for a click on the map preview. */
export interface PickTarget {
  /** Field label, shown over the map ("Home of <person>"). */
  label: string;
  current: PlaceDraft | undefined;
  pick(place: PlaceDraft): void;
}

/** What every form of the editor reads: the map's places, the latest check, the map picker. */
export interface EditorContextValue {
  map: MapInfo | null;
  check: ScenarioCheck | null;
  pickTarget: PickTarget | null;
  setPickTarget(target: PickTarget | null): void;
}

export const EditorContext = createContext<EditorContextValue>({
  map: null,
  check: null,
  pickTarget: null,
  setPickTarget: () => undefined,
});

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}
