import type { MindCallSummary } from '../../protocol';
import { ms } from '../settings/usageFormat';

/** What kind of answer a call got: model or rules, budget, cache, fallback, tokens, latency. */
export function CallBadges({ call }: { call: MindCallSummary }) {
  const llm = call.mind === 'llm' && call.answeredBy !== 'budget';
  return (
    <span className="call-badges" data-answered-by={call.answeredBy}>
      <span className={`badge badge--${llm ? 'llm' : 'offline'}`}>{llm ? 'LLM' : 'rules'}</span>
      {call.answeredBy === 'budget' && (
        <span
          className="badge badge--warn"
          title="The LLM budget of this game hour or day was reached: the offline mind answered."
          data-testid="call-budget"
        >
          budget
        </span>
      )}
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
