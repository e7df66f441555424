/** The offline mind's conversation: dialogue acts, a persona-voiced grammar, grounded content. */
export { decideToTalk } from './decide';
export { nextUtterance } from './planner';
export { summarizeChat } from './summary';
