import type { WhyTarget } from '../../protocol/why';
import { useTown } from '../hooks/useTown';
import { useWhy } from '../why/whyStore';

interface Props {
  /** What to explain: the agent's current action, a conversation line or a memory. */
  target: WhyTarget;
  /** Whose (default: the selected person). */
  agentId?: string;
  /** The op id of the mind call that produced the thing, if any (kept as `data-op`). */
  opId?: string;
}

/** A quiet ⓘ "why?" button (shown on hover or focus): opens the plain-language why-chain. */
export function WhyLink({ target, agentId, opId }: Props) {
  const selected = useTown((s) => s.selectedId);
  const ask = useWhy((s) => s.ask);
  const who = agentId ?? selected;
  if (!who) return null;
  return (
    <button
      type="button"
      className="why-link"
      onClick={() => ask(who, target)}
      title="Why? Show the chain of reasons behind this"
      aria-label="Why?"
      data-testid="why-link"
      data-op={opId}
    >
      ⓘ
    </button>
  );
}
