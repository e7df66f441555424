import { useTown } from '../hooks/useTown';

interface Props {
  /** The op id of the mind call that produced the thing (memories, actions, lines). */
  opId?: string;
}

/** A small "why?" link: opens the Mind tab on the call that produced a memory, line or action. */
export function WhyLink({ opId }: Props) {
  const agentId = useTown((s) => s.selectedId);
  const show = useTown((s) => s.showMindCall);
  if (!agentId || !opId) return null;
  return (
    <button
      type="button"
      className="why-link"
      onClick={() => show(agentId, opId)}
      title="Show the mind call behind this, and the memories it used"
      data-testid="why-link"
      data-op={opId}
    >
      why?
    </button>
  );
}
