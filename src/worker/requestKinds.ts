import { EVAL_REQUESTS, PERSIST_REQUESTS, type Request } from '../protocol';

/** Requests that change the world (applied between steps, in order). */
export const MUTATING_REQUESTS = ['whisper', 'interview', 'announce', 'setWeights'] as const;
export type MutatingRequest = Extract<Request, { kind: (typeof MUTATING_REQUESTS)[number] }>;
export type EvalRequest = Extract<Request, { kind: (typeof EVAL_REQUESTS)[number] }>;
export type PersistRequest = Extract<Request, { kind: (typeof PERSIST_REQUESTS)[number] }>;
