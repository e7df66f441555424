/**
 * The believability report: what `npm run eval` writes to report.json and what the browser's
 * Evaluate panel shows. Plain JSON throughout.
 */

/** The paper's five interview categories. */
export type Category = 'self' | 'memory' | 'plans' | 'reactions' | 'reflections';
export const CATEGORIES: Category[] = ['self', 'memory', 'plans', 'reactions', 'reflections'];

/**
 * What a battery question is about, so checks can judge the answer from structure (never by parsing
 * the question text back).
 */
export type QuestionTopic =
  | { kind: 'identity'; facets: ('name' | 'occupation' | 'workplace' | 'household')[] }
  | { kind: 'routine' }
  | { kind: 'person'; personId: string }
  | { kind: 'storyline'; storylineId: string }
  /** What the agent does (or did) at a given moment; `step` is the first step of that minute. */
  | { kind: 'timeAt'; step: number }
  | { kind: 'outlook' }
  | { kind: 'situation'; personId?: string; place?: string }
  | { kind: 'companion' }
  | { kind: 'mind' }
  | { kind: 'custom' };

export interface BatteryQuestion {
  category: Category;
  /** Template id ("self.intro", "memory.person", "custom.3"), stable across agents. */
  template: string;
  question: string;
  /** Another wording of the same question, asked for test–retest (absent: not retested). */
  retest?: string;
  topic: QuestionTopic;
}

export interface CheckResult {
  name: CheckName;
  pass: boolean;
  /** One line: why it passed or failed. */
  reason: string;
}

/** Every check, in the order checks run and reports list them. */
export const CHECK_NAMES = [
  'identity',
  'grounded',
  'scheduleConsistent',
  'storylineKnowledge',
  'noNonAnswer',
  'testRetest',
  'namesKnownPerson',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface InterviewRecord {
  seed: number;
  /** Condition label: "offline", "offline-no-reflection", … */
  condition: string;
  agentId: string;
  agentName: string;
  /** Step at which the interview took place, with its day and clock for reading. */
  step: number;
  day: number;
  clock: string;
  category: Category;
  template: string;
  question: string;
  answer: string;
  usedMemoryIds: string[];
  retest?: { question: string; answer: string };
  checks: CheckResult[];
  /** Judge model's believability rating 1–10 (only with --judge). */
  judge?: { score: number; reason: string };
}

/** Text-variety figures over one kind of generated text (conversation lines, plans, reflections). */
export interface TextMetrics {
  /** Number of texts measured. */
  count: number;
  /** Share of texts that repeat another text word for word once names are masked (0–1). */
  duplicateRate: number;
  /** Distinct n-grams / all n-grams over a fixed-size token sample (see `sampleTokens`). */
  distinct1: number;
  distinct2: number;
  distinct3: number;
  /** Tokens in the sample (fixed size unless the run produced fewer). */
  sampleTokens: number;
  /** Distinct sentence shapes (names, places, numbers and content words masked). */
  shapes: number;
}

export interface LanguageMetrics extends TextMetrics {
  utterances: number;
  conversations: number;
  /** Mean lines per conversation. */
  meanConversationLength: number;
  /** In-conversation questions (lines ending in "?") followed by a reply that answers them (0–1). */
  questionsAnswered: number;
  questionsAsked: number;
  /** Distinct closing lines (masked) / conversations (0–1), and the most common closings. */
  endingVariety: number;
  topEndings: { text: string; count: number }[];
  /** The most repeated lines (masked), for reading. */
  topRepeats: { text: string; count: number }[];
  plans: TextMetrics;
  reflections: TextMetrics;
}

export interface BehaviourMetrics {
  /** Samples every `sampleMinutes` game minutes. */
  sampleMinutes: number;
  /** Agent-nights observed in the middle of each one's own sleeping hours; asleep at home, in place. */
  night: { observed: number; asleepAtHome: number; rate: number };
  /** Work-hour samples of agents with a workplace; of those at the workplace. */
  work: { observed: number; atWork: number; rate: number };
  /** Visits to places outside their opening hours (null: the map gives no opening hours). */
  closedVisits: { visits: number; closed: number; rate: number; examples: string[] } | null;
  /** Work-time actions whose description is shared by people of 3+ different occupations. */
  genericWork: { observed: number; generic: number; rate: number; examples: string[] };
  /** Stuck episodes: awake and not moving with a path for 30+ min, or idle for 2+ hours. */
  stuck: { episodes: number; agents: string[] };
  /** Agent-days in which an awake agent never left home. */
  homebound: { agentDays: number; homebound: number; agents: string[] };
  /** Day-to-day plan variation: mean Jaccard similarity of consecutive days' activities (1 = same). */
  planVariation: {
    pairs: number;
    meanSimilarity: number;
    identical: number;
    /** Mean similarity between a weekday and a weekend day (null: no such pair observed). */
    weekdayWeekendSimilarity: number | null;
  };
  /** Planned activities naming another person: done with that person nearby? */
  joint: { planned: number; together: number; rate: number; examples: string[] };
}

export interface ToldEdge {
  from: string;
  to: string;
  step: number;
  day: number;
  clock: string;
  /** Hops from the storyline's seed (the first telling is hop 1). */
  hop: number;
  conversationId?: string;
}

export interface StorylineMetrics {
  id: string;
  seedAgentId: string;
  /** Share of agents who know it from memory (seeded, told or announced) at the end. */
  toldFraction: number;
  /** Share who only saw it (an observation mentions it) and were never told. */
  sawOnlyFraction: number;
  /** Knowers (told) at the end of every game hour: [step, count]. */
  hourly: { step: number; told: number; sawOnly: number }[];
  /** Longest chain of tellings from the seed. */
  hops: number;
  chains: ToldEdge[];
  /** For events: who came. Invited = knew of it from memory when it began. */
  attendance?: {
    invited: number;
    invitedPresent: number;
    uninvitedPresent: number;
    attendees: string[];
  };
}

export interface DensityMetrics {
  start: number;
  end: number;
  hourly: { step: number; density: number }[];
}

/** Everything measured for one seed and condition. */
export interface RunEvaluation {
  seed: number;
  condition: string;
  mind: string;
  agents: number;
  days: number;
  steps: number;
  language: LanguageMetrics;
  behaviour: BehaviourMetrics | null;
  storylines: Record<string, StorylineMetrics>;
  density: DensityMetrics;
  interviews: InterviewRecord[];
  mindCalls: Record<string, number>;
}

export interface PassRate {
  passed: number;
  total: number;
  rate: number;
}

export interface Summary {
  byCheck: Partial<Record<CheckName, PassRate>>;
  byCategory: Partial<Record<Category, PassRate>>;
  /** Per condition: every check result of its answers pooled. */
  byCondition: Record<string, PassRate>;
  /** Judge ranking of conditions (TrueSkill over pairwise answer comparisons), best first. */
  ranking?: { condition: string; mu: number; sigma: number; meanScore: number }[];
}

export interface EvalReport {
  version: 1;
  scenario: string;
  map: string;
  conditions: string[];
  seeds: number[];
  days: number;
  /** Language figures of the first condition, averaged over its seeds (per run in `runs`). */
  language: LanguageMetrics;
  /** Behaviour, storylines and density of the first run (first condition, first seed). */
  behaviour: BehaviourMetrics | null;
  storylines: Record<string, StorylineMetrics>;
  density: DensityMetrics;
  /** Every answer of every run. */
  interviews: InterviewRecord[];
  summary: Summary;
  runs: RunEvaluation[];
}
