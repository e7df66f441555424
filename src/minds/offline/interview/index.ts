import type { QuestionReq, QuestionRes } from '../../../sim/mind';
import { recogniseIntent, type Intent } from './intent';
import type { Composed, Ctx } from './render';
import { household, intro, job, mind, outlook, routine } from './self';
import { companion, person, situation } from './social';
import { plans, timeAt, yesterday } from './time';
import { general, knowledge, vote, why } from './topics';
import { voiceOf } from './voice';

/**
 * The offline interview: recognise what the question asks (intent), gather the grounded facts for
 * it (persona, people, memories, schedule, the planner's own plan for tomorrow) and say them in the
 * persona's voice. Deterministic: a pure function of the request.
 */
export function answerInterview(
  req: QuestionReq<'answerInterview'>,
): QuestionRes<'answerInterview'> {
  const people = (req.people ?? []).map((p) => ({ id: p.id, name: p.name }));
  const intent = recogniseIntent(req.question, people);
  const ctx: Ctx = { req, voice: voiceOf(req.agent), key: `${intent.kind}|${req.question}` };
  const res = compose(ctx, intent);
  const answer = res.sentences
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ');
  // Cite each memory once, and only those the answer was built from.
  return { answer, usedMemoryIds: [...new Set(res.used)] };
}

function compose(ctx: Ctx, intent: Intent): Composed {
  switch (intent.kind) {
    case 'intro':
      return intro(ctx);
    case 'job':
      return job(ctx);
    case 'household':
      return household(ctx);
    case 'routine':
      return routine(ctx);
    case 'timeAt':
      return timeAt(ctx, intent);
    case 'plans':
      return plans(ctx, intent);
    case 'outlook':
      return outlook(ctx);
    case 'person':
      return person(ctx, intent);
    case 'knowledge':
      return knowledge(ctx, intent);
    case 'vote':
      return vote(ctx, intent);
    case 'mind':
      return mind(ctx);
    case 'why':
      return why(ctx);
    case 'yesterday':
      return yesterday(ctx);
    case 'situation':
      return situation(ctx, intent);
    case 'companion':
      return companion(ctx);
    case 'general':
      return general(ctx);
  }
}

export { recogniseIntent } from './intent';
export type { Intent, IntentKind } from './intent';
