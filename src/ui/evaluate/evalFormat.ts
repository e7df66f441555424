import type { CustomQuestion } from '../../eval/battery';
import type { Category, CheckName, InterviewRecord, PassRate } from '../../eval/types';

/** Plain names of the checks, for people who did not write them. */
export const CHECK_LABEL: Record<CheckName, string> = {
  identity: 'Knows who they are',
  grounded: 'Grounded in memories',
  scheduleConsistent: 'Matches their schedule',
  storylineKnowledge: 'Knows the news (or not)',
  noNonAnswer: 'Gives a real answer',
  testRetest: 'Same answer when asked again',
  namesKnownPerson: 'Names someone they know',
};

/** What each check looks at (shown under its bar). */
export const CHECK_HINT: Record<CheckName, string> = {
  identity: 'name, job, workplace and household match the persona',
  grounded: 'cites real memories; names only people they know of',
  scheduleConsistent: 'what they say they did matches what they did (runs ahead only)',
  storylineKnowledge: 'knows the news only if told of it or saw it',
  noNonAnswer: 'no evasion when they do know the answer',
  testRetest: 'another wording of the question gets the same facts',
  namesKnownPerson: 'the person they name is someone they have met',
};

export const CATEGORY_LABEL: Record<Category, string> = {
  self: 'Self-knowledge',
  memory: 'Memory',
  plans: 'Plans',
  reactions: 'Reactions',
  reflections: 'Reflections',
};

/** The order checks are listed in (the order of the report). */
export { CHECK_NAMES as CHECK_ORDER } from '../../eval/types';
export { num, pct } from '../../eval/reportFormat';

/** Every check result pooled. */
export function overall(interviews: InterviewRecord[]): PassRate {
  let passed = 0;
  let total = 0;
  for (const i of interviews)
    for (const c of i.checks) {
      total++;
      if (c.pass) passed++;
    }
  return { passed, total, rate: total ? passed / total : 0 };
}

/** Answers grouped by person, in the order they were first asked. */
export function byPerson(
  interviews: InterviewRecord[],
): { agentId: string; name: string; answers: InterviewRecord[] }[] {
  const groups = new Map<string, { agentId: string; name: string; answers: InterviewRecord[] }>();
  for (const r of interviews) {
    let g = groups.get(r.agentId);
    if (!g) {
      g = { agentId: r.agentId, name: r.agentName, answers: [] };
      groups.set(r.agentId, g);
    }
    g.answers.push(r);
  }
  return [...groups.values()];
}

/** Most extra questions one evaluation takes (as a questions file). */
export const MAX_EXTRA_QUESTIONS = 200;

/** Extra questions typed one per line, all in one category. */
export function parseExtraQuestions(text: string, category: Category): CustomQuestion[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > MAX_EXTRA_QUESTIONS)
    throw new Error(`At most ${MAX_EXTRA_QUESTIONS} extra questions (there are ${lines.length}).`);
  return lines.map((question) => ({ category, question }));
}

/** "generative-town-evaluation-day-2-1405.json": a file name for an export. */
export function exportFileName(scenario: string, from: string, ext: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${[slug(scenario) || 'town', 'evaluation', slug(from)].filter(Boolean).join('-')}.${ext}`;
}
