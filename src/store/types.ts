import type { Frame, TownMeta } from '../protocol';
import type { SimClient } from '../protocol/client';
import type { PlaceRef } from '../sim/agent/persona';
import type { RetrievalWeights } from '../sim/memory/retrieve';
import type { MindSlice } from './mindSlice';
import type { InterviewResult, MemoryView, RequestKind, RequestOf, ResultOf } from '../protocol';
import type { EvalSlice } from './evalSlice';
import type { SavesSlice } from './savesSlice';
import type { PresentSlice } from './presentSlice';
import type { EditorSlice } from './editorSlice';
import type { ControlsSlice } from './controlsSlice';

export type Status = 'loading' | 'ready' | 'error';

export type InspectorTab =
  'now' | 'memory' | 'reflections' | 'conversations' | 'relationships' | 'talk' | 'mind';

export interface ConnectionSlice {
  status: Status;
  error: string | null;
  meta: TownMeta | null;
  /** Agent id → index into `meta.agents` and `frame.agents`. */
  agentIndex: Record<string, number>;
  /** The map is drawn and agents are on it. */
  sceneReady: boolean;
  /** Counts `ready`s: a town shown anew (e.g. back from a replay) remounts the views. */
  townSeq: number;
}

export interface FrameSlice {
  /** The latest frame, for drawing (every frame). */
  frame: Frame | null;
  /** The latest frame, for React: at most a few updates a second while the clock runs. */
  view: Frame | null;
  /** `performance.now()` when the frame arrived (interpolation starts there). */
  frameAt: number;
  /** Agents waiting on a slow mind in the middle of a step. */
  waiting: string[];
}

export interface Hover {
  id: string;
  /** Pointer position relative to the game view, CSS pixels. */
  x: number;
  y: number;
}

export type SideView = 'inspector' | 'dashboard';

export interface SelectionSlice {
  selectedId: string | null;
  hover: Hover | null;
  follow: boolean;
  filter: string;
  tab: InspectorTab;
  /** Bumped when the camera should jump to the selected agent once. */
  focusSeq: number;
  /** Bumped after a command changed an agent, so open inspector views refetch. */
  revision: number;
  /** What the right-hand column shows: one person's mind, or the whole town's dashboard. */
  sideView: SideView;
  /** A conversation the inspector's conversations tab opens and scrolls to. */
  focusConversationId: string | null;
  setSideView(view: SideView): void;
  /** Inspects `agentId` at conversation `conversationId` (camera on them, conversations tab). */
  openConversation(agentId: string, conversationId: string): void;
  select(id: string | null, opts?: { focus?: boolean }): void;
  setHover(hover: Hover | null): void;
  setFollow(follow: boolean): void;
  toggleFollow(): void;
  setFilter(filter: string): void;
  setTab(tab: InspectorTab): void;
}

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
}

export interface InterviewEntry {
  id: number;
  question: string;
  remember: boolean;
  /** Undefined while waiting for the answer. */
  result?: InterviewResult;
  error?: string;
}

export interface CommandsSlice {
  notices: Notice[];
  /** Interview transcripts per agent (kept while the page is open). */
  interviews: Record<string, InterviewEntry[]>;
  notify(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
  request<K extends RequestKind>(kind: K, args: Omit<RequestOf<K>, 'kind'>): Promise<ResultOf<K>>;
  whisper(agentId: string, text: string): Promise<MemoryView>;
  interview(agentId: string, question: string, remember: boolean): Promise<InterviewResult>;
  announce(text: string, place?: PlaceRef): Promise<string[]>;
  /** Edits the past: forgets a memory (`text` null) or rewrites its words. */
  editMemory(agentId: string, memoryId: string, text: string | null): Promise<void>;
  /** Retrieval weights in force (from the town, then as set here). */
  weights: RetrievalWeights | null;
  setWeights(weights: RetrievalWeights): Promise<void>;
}

export type TownState = ConnectionSlice &
  FrameSlice &
  SelectionSlice &
  ControlsSlice &
  CommandsSlice &
  MindSlice &
  SavesSlice &
  EvalSlice &
  PresentSlice &
  EditorSlice;

/** What every slice creator gets: zustand's set/get plus the simulation client. */
export interface SliceContext {
  set: (partial: Partial<TownState> | ((s: TownState) => Partial<TownState>)) => void;
  get: () => TownState;
  client: SimClient;
}
