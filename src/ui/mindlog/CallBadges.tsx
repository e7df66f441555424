import type { MindCallSummary } from '../../protocol';
import { ms } from '../settings/usageFormat';

/** What kind of answer a call got: model or rules, cache, fallback, tokens, latency. */
export function CallBadges({ call }: { call: MindCallSummary }) {
  return (
    <span className="call-badges">
      <span className={`badge badge--${call.mind === 'llm' ? 'llm' : 'offline'}`}>
        {call.mind === 'llm' ? 'LLM' : 'rules'}
      </span>
      {call.cacheHit && <span className="badge badge--cache">cache hit</span>}
      {call.fallback && (
        <span className="badge badge--fallback" title={call.fallback} data-testid="call-fallback">
          fallback
        </span>
      )}
      {call.error && !call.fallback && (
        <span className="badge badge--warn" title={call.error}>
          retried
        </span>
      )}
      {call.promptTokens !== undefined && (
        <span className="muted small" title="prompt → completion tokens">
          {call.promptTokens}→{call.completionTokens ?? 0} tok
        </span>
      )}
      <span className="muted small">{ms(call.latencyMs)}</span>
    </span>
  );
}
