import type { AnySpec, ChatKind } from './spec';
import { answerInterviewSpec } from './answerInterview';
import { decideToTalkSpec } from './decideToTalk';
import { decomposeSpec } from './decompose';
import { focalQuestionsSpec } from './focalQuestions';
import { groundActionSpec } from './groundAction';
import { nextUtteranceSpec } from './nextUtterance';
import { planDaySpec } from './planDay';
import { rateImportanceSpec } from './rateImportance';
import { reflectSpec } from './reflect';
import { scheduleHoursSpec } from './scheduleHours';
import { summarizeChatSpec } from './summarizeChat';

/** Every chat question's prompt template and reply contract, by kind. */
export const SPECS: { [K in ChatKind]: AnySpec<K> } = {
  rateImportance: rateImportanceSpec,
  planDay: planDaySpec,
  scheduleHours: scheduleHoursSpec,
  decompose: decomposeSpec,
  groundAction: groundActionSpec,
  decideToTalk: decideToTalkSpec,
  nextUtterance: nextUtteranceSpec,
  summarizeChat: summarizeChatSpec,
  focalQuestions: focalQuestionsSpec,
  reflect: reflectSpec,
  answerInterview: answerInterviewSpec,
};

export type { AnySpec, ChatKind } from './spec';
export { jsonSchemaOf, OutputError } from './spec';
