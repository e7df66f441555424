import type { MindFocus } from '../../store/mindSlice';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { ErrorLine, Loading } from '../inspector/bits';
import { CallDetailView } from './CallDetailView';

/** The call a "why?" link asked for, on top of the Mind tab, until closed. */
export function FocusedCall({ focus }: { focus: MindFocus }) {
  const clear = useTown((s) => s.clearMindFocus);
  const { data, error, reload } = useRequest(
    'mindCall',
    { opId: focus.opId, agentId: focus.agentId },
    0,
  );
  let body;
  if (error) body = <ErrorLine error={error} retry={reload} />;
  else if (data === undefined) body = <Loading what="the call" />;
  else if (data === null)
    body = (
      <p className="empty" data-testid="why-missing">
        That call is no longer in the log (it keeps each person’s latest decisions), or it was made
        before this page opened.
      </p>
    );
  else body = <CallDetailView call={data} />;
  return (
    <section className="card card--why" data-testid="why-card">
      <header className="card__head">
        <h3>Why? The mind call behind it</h3>
        <button type="button" className="link small" onClick={clear} data-testid="why-close">
          Back to the log
        </button>
      </header>
      {body}
    </section>
  );
}
