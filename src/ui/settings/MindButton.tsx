import { useTown } from '../hooks/useTown';
import { MindDialog } from './MindDialog';
import { budgetLimits } from './usageFormat';

/** The top bar's mind button: which mind thinks (offline or LLM); opens settings and usage. */
export function MindButton() {
  const status = useTown((s) => s.mindStatus);
  const dialog = useTown((s) => s.mindDialog);
  const open = useTown((s) => s.openMindDialog);
  const problems = useTown((s) => s.mindNotices.filter((n) => n.level === 'error').length);
  const budget = status.budget ? ` (budget: ${budgetLimits(status.budget)})` : '';
  const what =
    status.kind === 'llm' ? `${status.label} at ${status.baseURL ?? ''}${budget}` : 'Offline mind';
  return (
    <>
      <button
        type="button"
        className={`btn mind-btn${status.kind === 'llm' ? ' mind-btn--llm' : ''}`}
        onClick={() => open('settings')}
        title={`${what}: settings, usage and cost`}
        aria-label={`Mind: ${what}${problems ? ` (${problems} problem${problems > 1 ? 's' : ''})` : ''}`}
        data-testid="mind-open"
        data-mind={status.kind}
      >
        <span aria-hidden="true">🧠</span>
        {status.kind === 'llm' ? 'LLM' : 'Offline'}
        {problems > 0 && (
          <span className="mind-btn__alert" aria-hidden="true" data-testid="mind-alert">
            !
          </span>
        )}
      </button>
      {dialog && <MindDialog tab={dialog} />}
    </>
  );
}
