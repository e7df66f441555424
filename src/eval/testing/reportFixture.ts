/**
 * A small but complete `EvalReport` for tests of the report renderers: two runs, two storylines,
 * answers that pass and fail, and answers holding markup and CSV-hostile characters.
 */
import type {
  CheckResult,
  EvalReport,
  InterviewRecord,
  LanguageMetrics,
  RunEvaluation,
  StorylineMetrics,
  TextMetrics,
} from '../types';

/** The answer that must never reach the HTML unescaped. */
export const SCRIPT_ANSWER = 'I am fine <script>alert(1)</script> thanks';
/** The answer that needs CSV quoting: a comma, a quote and a newline. */
export const TRICKY_ANSWER = 'Well, she said "maybe"\nand left.';

const HOUR = 360;
const DAY = 8640;

function text(count: number, duplicateRate: number): TextMetrics {
  return {
    count,
    duplicateRate,
    distinct1: 0.41,
    distinct2: 0.72,
    distinct3: 0.86,
    sampleTokens: 2000,
    shapes: Math.round(count * 0.6),
  };
}

function language(utterances: number): LanguageMetrics {
  return {
    ...text(utterances, 0.12),
    utterances,
    conversations: Math.round(utterances / 6),
    meanConversationLength: 6,
    questionsAnswered: 0.64,
    questionsAsked: 25,
    endingVariety: 0.35,
    topEndings: [
      { text: 'See you later, [NAME]!', count: 9 },
      { text: 'Take care & <goodbye>', count: 4 },
    ],
    topRepeats: [{ text: 'How are you doing today?', count: 12 }],
    plans: text(40, 0.05),
    reflections: text(18, 0),
  };
}

function check(name: CheckResult['name'], pass: boolean, reason: string): CheckResult {
  return { name, pass, reason };
}

function interview(
  over: Partial<InterviewRecord> & Pick<InterviewRecord, 'agentId' | 'agentName' | 'answer'>,
): InterviewRecord {
  return {
    seed: 1,
    condition: 'offline',
    step: DAY + 14 * HOUR,
    day: 2,
    clock: '14:00',
    category: 'self',
    template: 'self.intro',
    question: 'Give an introduction of yourself.',
    usedMemoryIds: [],
    checks: [],
    ...over,
  };
}

function storylines(told: number): Record<string, StorylineMetrics> {
  const hourly = [0, 1, 2, 3, 4, 5, 6].map((h) => ({
    step: 6 * HOUR + h * 3 * HOUR,
    told: Math.min(told, 1 + h),
    sawOnly: h > 2 ? 1 : 0,
  }));
  return {
    party: {
      id: 'party',
      seedAgentId: 'isabella',
      toldFraction: told / 8,
      sawOnlyFraction: 0.125,
      hourly,
      hops: 2,
      chains: [
        { from: 'isabella', to: 'maria', step: 9 * HOUR, day: 1, clock: '09:00', hop: 1 },
        { from: 'maria', to: 'klaus', step: 15 * HOUR, day: 1, clock: '15:00', hop: 2 },
      ],
      attendance: { invited: 3, invitedPresent: 2, uninvitedPresent: 1, attendees: ['isabella'] },
    },
    election: {
      id: 'election',
      seedAgentId: 'sam',
      toldFraction: 0.25,
      sawOnlyFraction: 0,
      hourly: hourly.map((h) => ({ ...h, told: Math.min(2, h.told), sawOnly: 0 })),
      hops: 1,
      chains: [{ from: 'sam', to: 'isabella', step: 11 * HOUR, day: 1, clock: '11:00', hop: 1 }],
    },
  };
}

/** The fixture report. Interview index 1 (Bob) has the most failed checks. */
export function reportFixture(): EvalReport {
  const interviews: InterviewRecord[] = [
    interview({
      agentId: 'isabella',
      agentName: 'Isabella Rodriguez',
      answer: 'I run Hobbs Cafe and I am planning a Valentine party.',
      checks: [
        check('identity', true, 'names her occupation'),
        check('noNonAnswer', true, 'a real answer'),
      ],
      judge: { score: 8, reason: 'in character' },
    }),
    interview({
      agentId: 'bob',
      agentName: 'Bob <Builder>',
      category: 'memory',
      template: 'memory.person',
      question: 'Who is Maria Lopez?',
      answer: SCRIPT_ANSWER,
      checks: [
        check('grounded', false, 'no memory mentions "Maria"'),
        check('namesKnownPerson', false, 'names nobody it knows'),
        check('noNonAnswer', false, 'deflects the question'),
      ],
      judge: { score: 2, reason: 'evasive' },
    }),
    interview({
      agentId: 'maria',
      agentName: 'Maria Lopez',
      category: 'plans',
      template: 'plans.today',
      question: 'What are you doing at 10:00 today?',
      answer: TRICKY_ANSWER,
      retest: { question: 'Where will you be at ten?', answer: '=SUM(A1:A9) at the library' },
      checks: [
        check('scheduleConsistent', false, 'her plan says "library", the answer does not'),
        check('testRetest', true, 'both answers agree'),
      ],
      judge: { score: 5, reason: 'vague' },
    }),
    interview({
      seed: 1,
      condition: 'offline-no-reflection',
      agentId: 'klaus',
      agentName: 'Klaus Mueller',
      category: 'reflections',
      template: 'reflections.life',
      question: 'What matters most to you?',
      answer: '-My research, & my friends.',
      checks: [
        check('grounded', false, 'cites no memory'),
        check('noNonAnswer', true, 'a real answer'),
      ],
    }),
    interview({
      seed: 1,
      condition: 'offline-no-reflection',
      agentId: 'isabella',
      agentName: 'Isabella Rodriguez',
      category: 'reactions',
      template: 'reactions.fire',
      question: 'Your kitchen is on fire. What do you do?',
      answer: 'Call the fire brigade and get everyone out.',
      checks: [check('noNonAnswer', true, 'a real answer')],
    }),
  ];
  const runA: RunEvaluation = {
    seed: 1,
    condition: 'offline',
    mind: 'offline',
    agents: 8,
    days: 2,
    steps: 2 * DAY,
    language: language(150),
    behaviour: null,
    storylines: storylines(5),
    density: { start: 0.18, end: 0.32, hourly: [] },
    interviews: interviews.slice(0, 3),
    mindCalls: { plan: 16, converse: 120 },
  };
  const runB: RunEvaluation = {
    ...runA,
    condition: 'offline-no-reflection',
    language: language(120),
    storylines: storylines(3),
    density: { start: 0.18, end: 0.25, hourly: [] },
    interviews: interviews.slice(3),
  };
  const densityHourly = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((h) => ({
    step: 6 * HOUR + h * 5 * HOUR,
    density: 0.18 + h * 0.0175,
  }));
  return {
    version: 1,
    scenario: 'valentine',
    map: 'smallville',
    conditions: ['offline', 'offline-no-reflection'],
    seeds: [1],
    days: 2,
    language: runA.language,
    behaviour: {
      sampleMinutes: 30,
      night: { observed: 16, asleepAtHome: 15, rate: 15 / 16 },
      work: { observed: 40, atWork: 30, rate: 0.75 },
      closedVisits: null,
      genericWork: { observed: 40, generic: 6, rate: 0.15, examples: ['working on <tasks>'] },
      stuck: { episodes: 1, agents: ['klaus'] },
      homebound: { agentDays: 16, homebound: 2, agents: ['bob'] },
      planVariation: {
        pairs: 8,
        meanSimilarity: 0.62,
        identical: 1,
        weekdayWeekendSimilarity: null,
      },
      joint: { planned: 4, together: 3, rate: 0.75, examples: ['lunch with Maria'] },
    },
    storylines: runA.storylines,
    density: { start: 0.18, end: 0.32, hourly: densityHourly },
    interviews,
    summary: {
      byCheck: {
        identity: { passed: 1, total: 1, rate: 1 },
        grounded: { passed: 0, total: 2, rate: 0 },
        noNonAnswer: { passed: 3, total: 4, rate: 0.75 },
        scheduleConsistent: { passed: 0, total: 1, rate: 0 },
        testRetest: { passed: 1, total: 1, rate: 1 },
        namesKnownPerson: { passed: 0, total: 1, rate: 0 },
      },
      byCategory: {
        self: { passed: 2, total: 2, rate: 1 },
        memory: { passed: 0, total: 3, rate: 0 },
        plans: { passed: 1, total: 2, rate: 0.5 },
        reactions: { passed: 1, total: 1, rate: 1 },
        reflections: { passed: 1, total: 2, rate: 0.5 },
      },
      byCondition: {
        offline: { passed: 3, total: 7, rate: 3 / 7 },
        'offline-no-reflection': { passed: 2, total: 3, rate: 2 / 3 },
      },
      ranking: [
        { condition: 'offline', mu: 26.1, sigma: 2.3, meanScore: 5 },
        { condition: 'offline-no-reflection', mu: 23.9, sigma: 2.4, meanScore: 4.2 },
      ],
    },
    runs: [runA, runB],
  };
}
