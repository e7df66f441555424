import type { MindCall, QuestionRes } from '../../sim/mind';
import { contentHash, type LlmCache } from './cache';
import type { ResolvedLlmConfig } from './config';
import type { LogMessage } from './mindLog';
import { validateReply } from './parse';
import { jsonSchemaOf, OutputError, SPECS, type ChatKind } from './prompts';
import { LlmProblem, REPLY_PROBLEM_MESSAGES } from './problems';
import {
  newStats,
  type ChatBody,
  type ChatReply,
  type RequestStats,
  type Transport,
} from './transport';

/** What answering one chat question took, whether it succeeded or must fall back. */
export interface ChatOutcome<K extends ChatKind> extends RequestStats {
  result?: QuestionRes<K>;
  /** Why the offline mind must answer instead (set when `result` is not). */
  fallback?: string;
  /** The problem that caused the fallback, for the notice board. */
  problem?: LlmProblem;
  messages: LogMessage[];
  replyText: string;
  promptTokens: number;
  completionTokens: number;
  cacheHit: boolean;
  repaired: boolean;
}

/** A reply that came back but cannot be used as is. */
class ReplyProblem extends Error {
  constructor(
    readonly kind: 'refusal' | 'empty' | 'truncated' | 'invalid-output',
    message: string,
  ) {
    super(message);
  }
}

/** The request body for a question: model, messages, parameters and the reply format. */
export function chatBody<K extends ChatKind>(cfg: ResolvedLlmConfig, call: MindCall<K>): ChatBody {
  const spec = SPECS[call.kind];
  const limit = cfg.maxTokens ?? spec.maxTokens(call.req);
  return {
    model: cfg.chatModel,
    messages: spec.messages(call.req),
    temperature: cfg.temperature,
    response_format:
      cfg.structuredOutput === 'json_schema'
        ? {
            type: 'json_schema',
            json_schema: {
              name: call.kind,
              schema: jsonSchemaOf(spec.schema(call.req)),
              strict: true,
            },
          }
        : { type: 'json_object' },
    [cfg.tokenLimitParam]: limit,
  };
}

function interpret<K extends ChatKind>(call: MindCall<K>, reply: ChatReply): QuestionRes<K> {
  if (reply.refusal) throw new ReplyProblem('refusal', `The model refused: ${reply.refusal}`);
  if (reply.finishReason === 'content_filter')
    throw new ReplyProblem('refusal', 'The reply was withheld by the content filter.');
  if (reply.finishReason === 'length')
    throw new ReplyProblem(
      'truncated',
      'Your reply was cut off because it was too long. Reply again with the complete JSON object, written more briefly.',
    );
  if (!reply.text.trim())
    throw new ReplyProblem('empty', 'Your reply was empty. Reply with the JSON object.');
  try {
    return validateReply(SPECS[call.kind], reply.text, call.req);
  } catch (err) {
    if (err instanceof OutputError)
      throw new ReplyProblem(
        'invalid-output',
        `Your reply could not be used. ${err.message} Reply again with only the corrected JSON object.`,
      );
    throw err;
  }
}

async function cacheGet(cache: LlmCache, key: string) {
  try {
    return await cache.get(key);
  } catch {
    return undefined; // a broken cache only costs a request
  }
}

/**
 * Answers one chat question: cache, request, validation, one repair attempt. Never throws for
 * network or reply problems; the outcome says whether the caller must fall back.
 */
export async function askChat<K extends ChatKind>(
  cfg: ResolvedLlmConfig,
  transport: Transport,
  cache: LlmCache,
  call: MindCall<K>,
  signal: AbortSignal,
): Promise<ChatOutcome<K>> {
  const body = chatBody(cfg, call);
  const out: ChatOutcome<K> = {
    ...newStats(),
    messages: body.messages,
    replyText: '',
    promptTokens: 0,
    completionTokens: 0,
    cacheHit: false,
    repaired: false,
  };
  const key = await contentHash(body);
  const cached = await cacheGet(cache, key);
  if (cached?.type === 'chat') {
    try {
      out.result = interpret(call, { ...cached, finishReason: 'stop', refusal: null });
      out.replyText = cached.text;
      out.cacheHit = true;
      return out;
    } catch {
      // An entry that no longer validates (e.g. the checks changed): ask again.
    }
  }
  try {
    let reply = await transport.chat(body, signal, out);
    add(out, reply);
    try {
      out.result = interpret(call, reply);
    } catch (err) {
      if (!(err instanceof ReplyProblem) || err.kind === 'refusal') throw err;
      out.errors++;
      out.lastProblem = new LlmProblem(err.kind, REPLY_PROBLEM_MESSAGES[err.kind], err.message);
      // One repair attempt: show the model its reply and what was wrong with it.
      const messages: LogMessage[] = [
        ...body.messages,
        ...(reply.text.trim() ? [{ role: 'assistant' as const, content: reply.text }] : []),
        { role: 'user', content: err.message },
      ];
      out.messages = messages;
      out.repaired = true;
      reply = await transport.chat({ ...body, messages }, signal, out);
      add(out, reply);
      out.result = interpret(call, reply);
    }
    // Cache under the original request so a re-run gets the good answer without the repair.
    const value = {
      type: 'chat' as const,
      text: reply.text,
      promptTokens: reply.promptTokens,
      completionTokens: reply.completionTokens,
    };
    try {
      await cache.set(key, value);
    } catch {
      // A cache that cannot store only costs a request next time.
    }
    return out;
  } catch (err) {
    const problem =
      err instanceof LlmProblem
        ? err
        : err instanceof ReplyProblem
          ? new LlmProblem(err.kind, REPLY_PROBLEM_MESSAGES[err.kind], err.message)
          : new LlmProblem('unknown', 'Unexpected error handling the reply.', String(err));
    if (err instanceof ReplyProblem) out.errors++;
    out.result = undefined;
    out.problem = problem;
    out.fallback = problem.kind;
    return out;
  }
}

function add(out: ChatOutcome<ChatKind>, reply: ChatReply): void {
  out.replyText = reply.text;
  out.promptTokens += reply.promptTokens;
  out.completionTokens += reply.completionTokens;
}
