import type { Agent } from '../sim/agent/agent';
import { formatClock, gameTime } from '../sim/clock';
import { firstName, tokens } from '../sim/text';
import type { World } from '../sim/world/world';
import { household } from './battery';
import { knowsAt, sawOnlyAt, showsKnowledge, storyKnowledge, storylineNews } from './knowledge';
import type { BehaviourRecorder } from './recorder';
import { entitiesIn, hasPhrase, isNonAnswer, overlap, type Lexicon } from './text';
import type { BatteryQuestion, CheckName, CheckResult } from './types';

/** Everything a check may look at: the answer, the agent as it is now, and when it was asked. */
export interface CheckContext {
  world: World;
  agent: Agent;
  q: BatteryQuestion;
  /** Step at which the question was asked; memories created later did not exist yet. */
  step: number;
  answer: string;
  usedMemoryIds: string[];
  retest?: { question: string; answer: string };
  /** The run's behaviour samples (null when evaluating a snapshot without a recorded run). */
  rec: BehaviourRecorder | null;
  lex: Lexicon;
}

/** A named check: `run` returns null when it does not apply to the question. */
interface Check {
  name: CheckName;
  run(ctx: CheckContext): Omit<CheckResult, 'name'> | null;
}

/** A yes/no question, and an answer that opens with "yes". */
const YES_NO = /^(do|did|does|have|has|are|is|will|were|was|can)\b/i;
const AFFIRMATIVE = /^(yes|yeah|yep|of course|sure|i do|i have|i am)\b/i;

const pass = (reason: string) => ({ pass: true, reason });
const fail = (reason: string) => ({ pass: false, reason });

function mentions(answer: string, phrase: string): boolean {
  return hasPhrase(answer, phrase);
}

/** People the agent could know of by the step: relationships, memories and its own persona. */
function knownPeople(ctx: CheckContext): Set<string> {
  const { agent, step, lex } = ctx;
  const known = new Set<string>([agent.id]);
  for (const [id, rel] of Object.entries(agent.s.relationships))
    if (rel.since <= step) known.add(id);
  const p = agent.persona;
  const text = [p.learned, p.currently, p.lifestyle, ...p.hobbies.map((h) => h.activity)];
  for (const n of agent.memory.nodes) {
    if (n.created > step) break;
    if (n.subjectId) known.add(n.subjectId);
    if (n.source) known.add(n.source);
    text.push(n.description, n.gist ?? '');
  }
  for (const id of entitiesIn(text.join(' \n '), lex).people) known.add(id);
  return known;
}

function identityFacet(ctx: CheckContext, facet: string): string | null {
  const { agent, world, answer } = ctx;
  const p = agent.persona;
  switch (facet) {
    case 'name':
      return mentions(answer, firstName(p.name)) ? null : `does not give the name ${p.name}`;
    case 'occupation': {
      const words = new Set(tokens(p.occupation));
      const hit = tokens(answer).some((t) => words.has(t));
      return hit || (p.workplace && mentions(answer, p.workplace.sector))
        ? null
        : `does not say the occupation "${p.occupation}"`;
    }
    case 'workplace':
      return !p.workplace || mentions(answer, p.workplace.sector)
        ? null
        : `does not name the workplace ${p.workplace.sector}`;
    case 'household': {
      const mates = household(world, agent);
      return mates.some((m) => mentions(answer, firstName(m.name)))
        ? null
        : `names none of the household (${mates.map((m) => m.name).join(', ')})`;
    }
  }
  return null;
}

/** "I'm Bo" / "my name is Bo" for someone else's name. */
function claimsOtherName(ctx: CheckContext): string | null {
  const own = firstName(ctx.agent.name).toLowerCase();
  const m = /\b(?:I'm|I am|[Mm]y name is|[Nn]ame's)\s+([A-Z][a-z\u00e0-\u024f'-]+)/.exec(
    ctx.answer,
  );
  if (!m) return null;
  const claimed = m[1].toLowerCase();
  const other = ctx.lex.people.find((p) => firstName(p.name).toLowerCase() === claimed);
  return other && claimed !== own ? other.name : null;
}

const CHECKS: Check[] = [
  {
    name: 'identity',
    run(ctx) {
      const t = ctx.q.topic;
      const facets =
        t.kind === 'identity' ? t.facets : t.kind === 'routine' ? ['occupation'] : null;
      if (!facets) return null;
      const other = claimsOtherName(ctx);
      if (other) return fail(`claims to be ${other}`);
      const problems = facets.map((f) => identityFacet(ctx, f)).filter(Boolean);
      return problems.length
        ? fail(problems.join('; '))
        : pass(`consistent with the persona (${facets.join(', ')})`);
    },
  },
  {
    name: 'grounded',
    run(ctx) {
      const { agent, answer, usedMemoryIds, step } = ctx;
      const used = usedMemoryIds.map((id) => ({ id, node: agent.memory.get(id) }));
      const missing = used.filter((u) => !u.node || u.node.created > step);
      if (missing.length)
        return fail(`cites memories that did not exist: ${missing.map((u) => u.id).join(', ')}`);
      if (
        used.length &&
        !used.some((u) => overlap(`${u.node!.description} ${u.node!.gist ?? ''}`, answer))
      )
        return fail(`none of the ${used.length} cited memories shares a word with the answer`);
      const known = knownPeople(ctx);
      const strangers = [...entitiesIn(answer, ctx.lex).people].filter((id) => !known.has(id));
      if (strangers.length) {
        const names = strangers.map((id) => ctx.world.agent(id)?.name ?? id);
        return fail(`names ${names.join(', ')}, whom ${agent.name} had never met or heard of`);
      }
      return pass(
        used.length
          ? `cites ${used.length} existing memories that support it; names only people it knows`
          : 'names only people it knows',
      );
    },
  },
  {
    name: 'scheduleConsistent',
    run(ctx) {
      if (ctx.q.topic.kind !== 'timeAt' || !ctx.rec) return null;
      const sample = ctx.rec.at(ctx.agent.id, ctx.q.topic.step);
      if (!sample) return null; // the run did not reach (or start before) that moment
      const t = gameTime(sample.step, ctx.world.firstWeekday);
      const what = `${sample.description} (${[sample.arena, sample.sector].filter(Boolean).join(', ') || 'outdoors'})`;
      const when = `day ${t.day} ${formatClock(t.minuteOfDay)}`;
      if (sample.kind === 'sleep')
        return /\b(sleep|asleep|bed|rest)/i.test(ctx.answer)
          ? pass(`was asleep at ${when}, and says so`)
          : fail(`was asleep at ${when}`);
      const fits = overlap(
        `${sample.description} ${sample.arena ?? ''} ${sample.sector ?? ''} ${sample.object ?? ''}`,
        ctx.answer,
      );
      return fits
        ? pass(`matches what it did at ${when}: ${what}`)
        : fail(`at ${when} it was ${what}`);
    },
  },
  {
    name: 'storylineKnowledge',
    run(ctx) {
      const t = ctx.q.topic;
      if (t.kind !== 'storyline') return null;
      const story = ctx.world.storylines.find((s) => s.id === t.storylineId);
      if (!story) return null;
      const k = storyKnowledge(ctx.world, ctx.agent, story, storylineNews(ctx.world, story));
      const knows = knowsAt(k, ctx.step);
      const shows = showsKnowledge(story, ctx.answer);
      const from = k.toldBy
        ? `was told by ${ctx.world.agent(k.toldBy)?.name ?? k.toldBy}`
        : 'knew it from the start';
      if (knows && shows) return pass(`${from} and shows it`);
      if (knows) return fail(`${from} but the answer does not show it`);
      if (!shows)
        return YES_NO.test(ctx.q.question) && AFFIRMATIVE.test(ctx.answer.trim())
          ? fail('says "yes" but was never told of it')
          : pass('was never told and does not claim to know');
      return sawOnlyAt(k, ctx.step)
        ? pass('only saw it happen, and speaks of what it saw')
        : fail('claims to know it with no memory of being told or seeing it');
    },
  },
  {
    name: 'noNonAnswer',
    run(ctx) {
      const { agent, q, step } = ctx;
      const t = q.topic;
      let relevant: string | null = 'its persona answers it';
      if (t.kind === 'person') {
        const rel = agent.s.relationships[t.personId];
        const remembered = agent.memory.nodes.some(
          (n) => n.subjectId === t.personId && n.created <= step,
        );
        relevant = (rel && rel.since <= step) || remembered ? 'it knows this person' : null;
      } else if (t.kind === 'storyline') {
        const story = ctx.world.storylines.find((s) => s.id === t.storylineId);
        relevant =
          story &&
          knowsAt(storyKnowledge(ctx.world, agent, story, storylineNews(ctx.world, story)), step)
            ? 'it has a memory of it'
            : null;
      } else if (t.kind === 'custom') {
        relevant = agent.memory.nodes.some(
          (n) => n.created <= step && overlap(n.description, q.question) > 0,
        )
          ? 'it has related memories'
          : null;
      }
      if (!relevant) return null;
      return isNonAnswer(ctx.answer) ? fail(`evades although ${relevant}`) : pass('answers');
    },
  },
  {
    name: 'testRetest',
    run(ctx) {
      if (!ctx.retest) return null;
      const a = ctx.answer;
      const b = ctx.retest.answer;
      const t = ctx.q.topic;
      if (t.kind === 'storyline') {
        const story = ctx.world.storylines.find((s) => s.id === t.storylineId);
        if (story && showsKnowledge(story, a) !== showsKnowledge(story, b))
          return fail('knows the storyline in one answer and not in the other');
      }
      if (isNonAnswer(a) !== isNonAnswer(b)) return fail('answers once and evades once');
      const ea = entitiesIn(a, ctx.lex);
      const eb = entitiesIn(b, ctx.lex);
      const sa = new Set([...ea.people, ...ea.places]);
      const sb = new Set([...eb.people, ...eb.places]);
      if (sa.size && sb.size && ![...sa].some((x) => sb.has(x)))
        return fail('the two answers name entirely different people and places');
      return pass('the facts of both answers agree');
    },
  },
  {
    name: 'namesKnownPerson',
    run(ctx) {
      if (ctx.q.topic.kind !== 'companion') return null;
      const named = [...entitiesIn(ctx.answer, ctx.lex).people].filter((id) => id !== ctx.agent.id);
      const known = named.filter(
        (id) => (ctx.agent.s.relationships[id]?.since ?? Infinity) <= ctx.step,
      );
      if (known.length)
        return pass(`names ${known.map((id) => ctx.world.agent(id)?.name).join(', ')}`);
      return fail(named.length ? 'names only people it does not know' : 'names nobody');
    },
  },
];

/** Every check that applies to an answer, with its result. */
export function runChecks(ctx: CheckContext): CheckResult[] {
  const out: CheckResult[] = [];
  for (const c of CHECKS) {
    const r = c.run(ctx);
    if (r) out.push({ name: c.name, ...r });
  }
  return out;
}

/** Names of the checks in the table (the test holds them to `CHECK_NAMES`). */
export const TABLE_CHECK_NAMES: CheckName[] = CHECKS.map((c) => c.name);
