import { useTown } from '../hooks/useTown';
import { ReadOnly } from '../replay/ReadOnly';
import { InterviewChat } from './InterviewChat';
import { WhisperBox } from './WhisperBox';

/** Talk to the agent: interview it, or whisper a thought into its mind. */
export function TalkTab({ agentId }: { agentId: string }) {
  const name = useTown((s) => s.meta?.agents[s.agentIndex[agentId]]?.name ?? agentId);
  return (
    <div className="stack" data-testid="talk-tab">
      <ReadOnly what="talking to people">
        <InterviewChat agentId={agentId} name={name} />
        <WhisperBox agentId={agentId} name={name} />
      </ReadOnly>
    </div>
  );
}
