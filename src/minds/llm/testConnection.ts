import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { resolveConfig, type LlmConfig } from './config';
import { classifyError, redact, type ProblemContext } from './problems';

/** The verdict of a connection test, for the settings panel's "Test connection" button. */
export interface ConnectionVerdict {
  ok: boolean;
  /** One sentence for the user. Never contains the key. */
  message: string;
  details: {
    baseURL: string;
    chatModel: string;
    /** Models the server lists (first 100), if it lists any. */
    models?: string[];
    /** Whether the chat model is among them (undefined when the server lists none). */
    modelListed?: boolean;
    /** Round trip of the tiny completion. */
    latencyMs?: number;
    reply?: string;
    structuredOutput: LlmConfig['structuredOutput'];
    embeddingDims?: number;
    /** Non-fatal findings, e.g. the model not being listed. */
    warnings: string[];
  };
}

const PROBE_SCHEMA = {
  type: 'object',
  properties: { ok: { type: 'boolean' } },
  required: ['ok'],
  additionalProperties: false,
};

/**
 * Checks a config against its server: lists the models, makes one tiny JSON completion in the
 * configured output mode, and (if embeddings come from the API) embeds one word.
 */
export async function testConnection(
  config: Partial<LlmConfig> & Pick<LlmConfig, 'baseURL' | 'chatModel'>,
  opts: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<ConnectionVerdict> {
  let cfg;
  try {
    cfg = resolveConfig(config);
  } catch (err) {
    return {
      ok: false,
      message: (err as Error).message,
      details: {
        baseURL: config.baseURL,
        chatModel: config.chatModel,
        structuredOutput: config.structuredOutput ?? 'json_schema',
        warnings: [],
      },
    };
  }
  const timeoutMs = opts.timeoutMs ?? Math.min(cfg.timeoutMs, 30_000);
  const secrets = cfg.apiKey ? [cfg.apiKey] : [];
  const ctx: ProblemContext = { baseURL: cfg.baseURL, model: cfg.chatModel, timeoutMs, secrets };
  const client = new OpenAI({
    baseURL: cfg.baseURL,
    apiKey: cfg.apiKey || 'no-key',
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: timeoutMs,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const details: ConnectionVerdict['details'] = {
    baseURL: cfg.baseURL,
    chatModel: cfg.chatModel,
    structuredOutput: cfg.structuredOutput,
    warnings: [],
  };
  const fail = (err: unknown, what: string): ConnectionVerdict => {
    const p = classifyError(err, ctx);
    const detail = p.detail ? ` (${p.detail})` : '';
    return { ok: false, message: redact(`${what}: ${p.message}${detail}`, secrets), details };
  };

  try {
    const ids: string[] = [];
    for await (const m of client.models.list()) {
      ids.push(m.id);
      if (ids.length >= 100) break;
    }
    details.models = ids;
    if (ids.length) {
      details.modelListed = ids.includes(cfg.chatModel);
      if (!details.modelListed)
        details.warnings.push(`The server does not list "${cfg.chatModel}".`);
    }
  } catch (err) {
    const p = classifyError(err, ctx);
    // Some servers have no model list; only stop for problems that will break every call.
    if (p.kind === 'auth' || p.kind === 'connection' || p.kind === 'timeout')
      return fail(err, 'Listing models failed');
    details.warnings.push('The server does not offer a model list.');
  }

  const started = performance.now();
  try {
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: cfg.chatModel,
      messages: [
        {
          role: 'system',
          content: 'You are a connection test. Reply with the JSON object {"ok": true}.',
        },
        { role: 'user', content: 'Are you there? Answer in JSON.' },
      ],
      temperature: 0,
      response_format:
        cfg.structuredOutput === 'json_schema'
          ? {
              type: 'json_schema',
              json_schema: { name: 'probe', schema: PROBE_SCHEMA, strict: true },
            }
          : { type: 'json_object' },
      [cfg.tokenLimitParam]: 64,
    };
    const res = await client.chat.completions.create(body);
    details.latencyMs = Math.round(performance.now() - started);
    details.reply = redact(res.choices?.[0]?.message?.content ?? '', secrets).slice(0, 200);
  } catch (err) {
    return fail(err, `Test completion with "${cfg.chatModel}" failed`);
  }
  const json = isJsonObject(details.reply ?? '');

  if (cfg.embeddings === 'api') {
    try {
      const res = await client.embeddings.create({
        model: cfg.embeddingModel ?? '',
        input: ['hello'],
        encoding_format: 'float',
      });
      details.embeddingDims = res.data?.[0]?.embedding?.length ?? 0;
    } catch (err) {
      return fail(err, `Test embedding with "${cfg.embeddingModel}" failed`);
    }
  }

  if (!json)
    return {
      ok: false,
      message: `Connected to ${cfg.baseURL}, but "${cfg.chatModel}" did not answer with valid JSON. Try the other structured-output mode or a larger model.`,
      details,
    };
  const emb = details.embeddingDims ? `, embeddings ${details.embeddingDims}-dimensional` : '';
  return {
    ok: true,
    message: `Connected to ${cfg.baseURL}: "${cfg.chatModel}" answered in ${details.latencyMs} ms (${cfg.structuredOutput})${emb}.`,
    details,
  };
}

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}
