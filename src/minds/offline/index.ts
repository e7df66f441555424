import type { Mind, MindCall, QuestionKind, QuestionRes } from '../../sim/mind';
import { decompose, groundAction } from './activities';
import { embedText } from './embed';
import { rateImportance } from './importance';
import { answerInterview } from './interview';
import { focalQuestions, reflect } from './reflect';
import { planDay, scheduleHours } from './routine';
import { decideToTalk, nextUtterance, summarizeChat } from './dialogue';

type Answerers = { [K in QuestionKind]: (req: MindCall<K>['req']) => QuestionRes<K> };

const ANSWERERS: Answerers = {
  rateImportance: (req) => ({ scores: req.items.map(rateImportance) }),
  embed: (req) => ({ vectors: req.texts.map(embedText) }),
  planDay,
  scheduleHours,
  decompose,
  groundAction,
  decideToTalk,
  nextUtterance,
  summarizeChat,
  focalQuestions,
  reflect,
  answerInterview,
};

/**
 * The offline mind: deterministic rules and templates over the persona, its routine and its
 * retrieved memories. Answers synchronously; needs no key and no network.
 */
export class OfflineMind implements Mind {
  readonly name = 'offline';
  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> {
    const fn = ANSWERERS[call.kind] as (req: MindCall<K>['req']) => QuestionRes<K>;
    return fn(call.req);
  }
}
