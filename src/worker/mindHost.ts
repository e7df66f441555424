import {
  Attention,
  BudgetLedger,
  BudgetMind,
  LlmMind,
  MemoryLlmCache,
  testConnection,
  type CachedValue,
  type LlmCache,
} from '../minds/llm';
import { OfflineMind } from '../minds/offline';
import { LlmCacheStore } from '../persist/llmCacheStore';
import type { Engine } from '../sim/engine';
import type { World } from '../sim/world/world';
import { CallRecorder } from './callRecorder';
import { detail, summarize } from './mindViews';
import type {
  Control,
  MindSetting,
  MindRequests,
  MindStatus,
  MindUsage,
  Request,
  RequestOf,
  Requests,
  WorkerMessage,
} from '../protocol';
import type { Handlers } from './requestTable';
import { SwitchableMind } from './switchableMind';

/** What the worker needs to open the LLM reply cache (IndexedDB in the browser). */
export type CacheOpener = () => Promise<LlmCache>;

/** The label the page shows for a mind. */
function statusOf(mind: LlmMind | null): MindStatus {
  if (!mind) return { kind: 'offline', label: 'Offline' };
  const s = mind.settings;
  return {
    kind: 'llm',
    label: `LLM · ${s.chatModel}`,
    chatModel: s.chatModel,
    embeddingModel: s.embeddings === 'api' ? (s.embeddingModel ?? null) : null,
    baseURL: s.baseURL,
    ...(s.budget ? { budget: s.budget } : {}),
  };
}

/**
 * Owns the mind side of the worker: which mind answers (offline by default, or an LLM mind built
 * from the settings panel, behind its budget), the call recorder behind the mind log, notices
 * pushed to the page, usage, prices and the budget, and cancellation on pause. The engine only
 * ever sees `mind`, which never changes identity, so switching needs no new engine and no reload.
 */
export class MindHost {
  readonly recorder = new CallRecorder();
  readonly mind: SwitchableMind;
  /** Whom the page looks at (ranks agents for the budget's reserve). */
  readonly attention = new Attention();
  /** The budget's spending in the current window (outlives re-applied settings). */
  readonly ledger = new BudgetLedger();
  private llm: LlmMind | null = null;
  private budgeted: BudgetMind | null = null;
  private unsubscribe: (() => void) | null = null;
  private cache: Promise<LlmCache> | null = null;
  private world: World | null = null;
  private detach: (() => void) | null = null;

  constructor(
    private readonly post: (msg: WorkerMessage) => void,
    private readonly openCache: CacheOpener = async () => new MemoryLlmCache(),
  ) {
    this.mind = new SwitchableMind(new OfflineMind());
  }

  /**
   * Records the calls of a (new) town's engine: call after creating or loading a town. A
   * different town cancels questions in flight and forgets the old town's calls (its op ids
   * restart).
   */
  attach(engine: Engine): void {
    if (this.world && this.world !== engine.world) {
      this.abort();
      this.recorder.clear();
      this.attention.clear();
      this.ledger.clear();
    }
    this.detach?.();
    this.world = engine.world;
    this.detach = this.recorder.observe(engine);
  }

  /**
   * Notes a page request: one naming an agent (the inspector's polls of the selected agent, the
   * mind log, whispers, interviews) means the user is watching that agent.
   */
  watch(request: Request): void {
    const agentId = (request as { agentId?: unknown }).agentId;
    if (typeof agentId === 'string') this.attention.see(agentId);
  }

  /** The mind in use, for the page. */
  status(): MindStatus {
    return statusOf(this.llm);
  }

  /** What a save may record about the mind: its kind and model, never the key or the URL. */
  info(): { kind: 'offline' | 'llm'; model?: string } {
    return this.llm ? { kind: 'llm', model: this.llm.settings.chatModel } : { kind: 'offline' };
  }

  /** Pausing cancels questions in flight (they resolve offline at once); later ones run again. */
  control(c: Control): void {
    if (c.kind === 'pause') this.abort();
  }

  /** Cancels every LLM question in flight (pause, reset, switching). */
  abort(): void {
    this.llm?.abort();
  }

  /** Switching, testing, the mind log, usage and prices. */
  handlers(): Handlers<MindRequests> {
    return {
      setMind: (r) => this.setMind(r.mind),
      testMind: (r) => testConnection(r.config),
      mindCalls: (r) => this.calls(r),
      mindCall: (r) => this.call(r),
      mindUsage: (r) => {
        // Resets the usage counters, not the budget's window.
        if (r.reset) this.llm?.resetUsage();
        return this.usage();
      },
      setPrices: (r) => {
        this.llm?.setPrices(r.prices);
        this.budgeted?.setPrices(r.prices);
        return this.usage();
      },
    };
  }

  /** Switches the mind; throws (and keeps the current one) when the settings are unusable. */
  async setMind(setting: MindSetting): Promise<MindStatus> {
    let next: LlmMind | null = null;
    if (setting.kind === 'llm') {
      const cache = await this.sharedCache();
      next = new LlmMind(setting.config, { cache });
    }
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.llm?.abort();
    this.llm = next;
    this.budgeted = next
      ? new BudgetMind({
          llm: next,
          offline: this.mind.offline,
          budget: next.settings.budget ?? null,
          clock: () => this.world?.step ?? 0,
          attention: this.attention,
          ledger: this.ledger,
          chatModel: next.settings.chatModel,
          prices: next.settings.prices,
        })
      : null;
    this.mind.use(this.budgeted ?? this.mind.offline);
    if (next && this.budgeted) {
      const budgeted = this.budgeted;
      const offNotice = next.onNotice((notice) =>
        this.post({ type: 'mind', event: { kind: 'notice', notice } }),
      );
      // The LLM's trace of each call joins the call's record when the engine hears back.
      const offLog = next.onLog((entry) => this.recorder.trace(entry));
      const offRoute = budgeted.onRoute((opId, route) => {
        if (route === 'budget') this.recorder.byBudget(opId);
      });
      this.unsubscribe = () => {
        offNotice();
        offLog();
        offRoute();
        budgeted.dispose();
      };
    }
    const status = this.status();
    this.post({ type: 'mind', event: { kind: 'status', status } });
    return status;
  }

  /** Usage and budget of the LLM mind in use (null with the offline mind). */
  private usage(): MindUsage | null {
    if (!this.llm) return null;
    return { ...this.llm.getUsage(), budget: this.budgeted?.status() ?? null };
  }

  private sharedCache(): Promise<LlmCache> {
    this.cache ??= this.openCache().catch(() => new MemoryLlmCache());
    return this.cache;
  }

  private calls(r: RequestOf<'mindCalls'>): Requests['mindCalls']['res'] {
    const records = this.recorder.forAgent(r.agentId, r.routine);
    const recent = records.slice(Math.max(0, records.length - r.limit)).reverse();
    return {
      mind: this.status(),
      calls: recent.map((rec) => summarize(rec)),
      kept: records.length,
      total: this.recorder.total(r.agentId, r.routine),
    };
  }

  private call(r: RequestOf<'mindCall'>): Requests['mindCall']['res'] {
    const rec = this.recorder.find(r.opId, r.agentId);
    if (!rec) return null;
    const name = rec.agentId ? (this.world?.agent(rec.agentId)?.name ?? rec.agentId) : null;
    return detail(rec, name);
  }
}

/** The browser's reply cache: IndexedDB, or memory where IndexedDB is unavailable. */
export function openBrowserCache(): Promise<LlmCache> {
  return LlmCacheStore.open<CachedValue>();
}
