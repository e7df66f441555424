import type { ConnectionVerdict, LlmConfig, Notice as LlmNotice } from '../protocol';
import type { MindSetting, MindStatus, WorkerMessage } from '../protocol';
import type { SliceContext } from './types';

/** One notice per kind of mind problem (a dead server shows one, not a flood). */
export type MindNotice = Pick<LlmNotice, 'kind' | 'level' | 'message' | 'at'>;

export type MindDialogTab = 'settings' | 'usage';

/** The mind call the Mind tab should open on (set by a "why?" link). */
export interface MindFocus {
  /** The inspected agent when the link was clicked. */
  agentId: string;
  opId: string;
  /** Bumped per click, so clicking the same link again re-opens it. */
  seq: number;
}

export interface MindSlice {
  /** The mind answering now (offline on load). */
  mindStatus: MindStatus;
  mindNotices: MindNotice[];
  /** Which tab of the mind dialog is open, if it is. */
  mindDialog: MindDialogTab | null;
  mindFocus: MindFocus | null;
  /** Switches the mind in the worker (no reload); rejects with the reason when it cannot. */
  setMind(setting: MindSetting): Promise<MindStatus>;
  /** Checks LLM settings against their server. */
  testMind(config: LlmConfig): Promise<ConnectionVerdict>;
  openMindDialog(tab?: MindDialogTab): void;
  closeMindDialog(): void;
  dismissMindNotice(kind: string): void;
  /** Opens the inspector's Mind tab on the call that produced something. */
  showMindCall(agentId: string, opId: string): void;
  clearMindFocus(): void;
}

const OFFLINE: MindStatus = { kind: 'offline', label: 'Offline' };

/**
 * The mind as the page sees it: which one runs, its notices, the settings dialog and the Mind
 * tab's focus. Listens to the worker's `mind` messages; never holds the API key.
 */
export function createMindSlice({ set, get, client }: SliceContext): MindSlice {
  let seq = 0;
  const setStatus = (status: MindStatus, fresh: boolean) =>
    set((s) => ({
      mindStatus: status,
      // A new mind starts with a clean slate of problems.
      mindNotices: fresh ? [] : s.mindNotices,
      // `meta.mind` names the mind in use for every view that shows it.
      meta: s.meta ? { ...s.meta, mind: status.kind } : s.meta,
    }));
  client.listen?.((msg: WorkerMessage) => {
    if (msg.type !== 'mind') return;
    const e = msg.event;
    if (e.kind === 'status') setStatus(e.status, true);
    else {
      const { kind, level, message, at } = e.notice;
      set((s) => ({
        mindNotices: [
          ...s.mindNotices.filter((n) => n.kind !== kind),
          { kind, level, message, at },
        ],
      }));
    }
  });
  return {
    mindStatus: OFFLINE,
    mindNotices: [],
    mindDialog: null,
    mindFocus: null,
    async setMind(setting) {
      const status = await client.request('setMind', { mind: setting });
      // The worker's status message already cleared the notices; this covers clients without it.
      setStatus(status, !client.listen);
      return status;
    },
    testMind(config) {
      return client.request('testMind', { config });
    },
    openMindDialog(tab = 'settings') {
      set({ mindDialog: tab });
    },
    closeMindDialog() {
      set({ mindDialog: null });
    },
    dismissMindNotice(kind) {
      set((s) => ({ mindNotices: s.mindNotices.filter((n) => n.kind !== kind) }));
    },
    showMindCall(agentId, opId) {
      seq++;
      set({ mindFocus: { agentId, opId, seq }, tab: 'mind' });
      if (get().selectedId !== agentId) get().select(agentId);
    },
    clearMindFocus() {
      set({ mindFocus: null });
    },
  };
}
