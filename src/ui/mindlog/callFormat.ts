import type { QuestionKind } from '../../sim/mind';

/** Question kinds in words, for the mind log. */
export const KIND_LABEL: Record<QuestionKind, string> = {
  rateImportance: 'Importance',
  embed: 'Embedding',
  planDay: 'Day plan',
  scheduleHours: 'Schedule',
  decompose: 'Break down',
  groundAction: 'Where to',
  decideToTalk: 'Talk?',
  nextUtterance: 'Says',
  summarizeChat: 'Chat summary',
  focalQuestions: 'Focal questions',
  reflect: 'Reflect',
  answerInterview: 'Interview',
};

/** "Day 1 07:05" → "07:05" on the same day as the rest of the list. */
export function shortTime(time: string): string {
  return time.replace(/^Day \d+ /, '');
}

/** "about 3 h ago" for a memory's age in game minutes. */
export function ageLabel(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 60 * 24) return `${Math.round(minutes / 60)} h ago`;
  return `${Math.round(minutes / (60 * 24))} d ago`;
}

/** JSON for reading (2-space indent); undefined and functions become nothing. */
export function pretty(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return String(value);
  }
}
