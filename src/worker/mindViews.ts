import type { MemoryBrief, Questions, QuestionKind } from '../sim/mind';
import type { CallRecord } from './callRecorder';
import type { Answerer, MindCallDetail, MindCallSummary } from '../protocol';
import { timeLabel } from './views';
import { formatClock } from '../sim/clock';

/** Longest headline shown in the mind log list. */
const HEADLINE_CHARS = 160;

/** Request fields left out of the detail view: the persona (the inspector shows it) and the town. */
const BULKY_FIELDS = new Set(['agent', 'speaker', 'places', 'memories']);

type Res<K extends QuestionKind> = Questions[K]['res'];
type Req<K extends QuestionKind> = Questions[K]['req'];

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > HEADLINE_CHARS ? `${t.slice(0, HEADLINE_CHARS - 1)}…` : t;
}

const hhmm = formatClock;

/** One line saying what a call answered, for the log list. Never throws on odd results. */
export function headline(kind: QuestionKind, req: unknown, result: unknown): string {
  try {
    return clip(headlineOf(kind, req, result));
  } catch {
    return kind;
  }
}

function headlineOf(kind: QuestionKind, req: unknown, result: unknown): string {
  switch (kind) {
    case 'rateImportance': {
      const r = result as Res<'rateImportance'>;
      return `Rated ${r.scores.length}: ${r.scores.join(', ')}`;
    }
    case 'embed': {
      const r = result as { vectors: number; dims: number };
      return `Embedded ${r.vectors} text${r.vectors === 1 ? '' : 's'}${r.dims ? ` (${r.dims} dims)` : ''}`;
    }
    case 'planDay': {
      const r = result as Res<'planDay'>;
      return `Wake at ${hhmm(r.wakeHour * 60)}; ${r.items.length} items: ${r.items.join('; ')}`;
    }
    case 'scheduleHours': {
      const r = result as Res<'scheduleHours'>;
      const first = r.blocks[0];
      return `${r.blocks.length} blocks${first ? ` from ${hhmm(first.startMinute)}: ${r.blocks.map((b) => b.activity).join('; ')}` : ''}`;
    }
    case 'decompose': {
      const r = result as Res<'decompose'>;
      const q = req as Req<'decompose'>;
      return `${q.block.activity} → ${r.steps.map((s) => s.description).join('; ')}`;
    }
    case 'groundAction': {
      const r = result as Res<'groundAction'>;
      const q = req as Req<'groundAction'>;
      const where = [r.sector, r.arena, r.object].filter(Boolean).join(' › ');
      return `${q.activity} → ${where} ${r.emoji}`;
    }
    case 'decideToTalk': {
      const r = result as Res<'decideToTalk'>;
      const q = req as Req<'decideToTalk'>;
      return `Talk to ${q.partner.name}? ${r.talk ? 'Yes' : 'No'} — ${r.reason}`;
    }
    case 'nextUtterance':
      return `“${(result as Res<'nextUtterance'>).text}”`;
    case 'summarizeChat':
      return (result as Res<'summarizeChat'>).summary;
    case 'focalQuestions':
      return (result as Res<'focalQuestions'>).questions.map((q) => q.question).join(' ');
    case 'reflect': {
      const r = result as Res<'reflect'>;
      return `${r.insights.length} insight${r.insights.length === 1 ? '' : 's'}: ${r.insights.map((i) => i.text).join('; ')}`;
    }
    case 'answerInterview':
      return (result as Res<'answerInterview'>).answer;
  }
}

/** The memories a request carried (what retrieval handed the mind). */
export function requestMemories(req: unknown): MemoryBrief[] {
  const m = (req as { memories?: unknown } | null)?.memories;
  return Array.isArray(m) ? (m as MemoryBrief[]) : [];
}

/** The request without the bulky parts, for reading. */
export function requestForReading(req: unknown): unknown {
  if (!req || typeof req !== 'object') return req;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(req)) if (!BULKY_FIELDS.has(k)) out[k] = v;
  return out;
}

/** A log-list row from a record (with the LLM's trace, for LLM calls). */
export function summarize(rec: CallRecord): MindCallSummary {
  const llm = rec.trace;
  const fallback = rec.fallback;
  // An LLM mind set to the offline embedder embeds locally and logs nothing: say so.
  const localEmbed = rec.kind === 'embed' && rec.mind === 'llm' && !llm;
  const mind = localEmbed ? 'offline' : rec.mind;
  return {
    opId: rec.opId,
    agentId: rec.agentId,
    kind: rec.kind,
    step: rec.step,
    time: timeLabel(rec.step),
    mind,
    answeredBy: answerer(mind, rec),
    headline: headline(rec.kind, rec.req, rec.result),
    latencyMs: Math.round(llm?.latencyMs ?? rec.latencyMs),
    cacheHit: llm?.cacheHit ?? false,
    memoryCount: requestMemories(rec.req).length,
    ...(fallback ? { fallback } : {}),
    ...(llm?.error ? { error: llm.error } : {}),
    ...(llm ? { promptTokens: llm.promptTokens, completionTokens: llm.completionTokens } : {}),
  };
}

/** Which mind answered a call (structured, for the log's badges and counts). */
export function answerer(mind: string, rec: Pick<CallRecord, 'budget' | 'fallback'>): Answerer {
  if (mind === 'offline') return 'offline';
  if (rec.budget) return 'budget';
  return rec.fallback ? 'fallback' : 'llm';
}

/** Everything about one call, for the detail view and the "why?" links. */
export function detail(rec: CallRecord, agentName: string | null): MindCallDetail {
  const llm = rec.trace;
  return {
    ...summarize(rec),
    agentName,
    model: llm?.model,
    request: requestForReading(rec.req),
    memories: requestMemories(rec.req),
    result: rec.result,
    messages: llm?.messages ?? [],
    replyText: llm?.replyText ?? '',
    requests: llm?.requests ?? 0,
    repaired: llm?.repaired ?? false,
  };
}
