import { SECTION } from '../../src/minds/llm/prompts/format';
import {
  hash,
  hhmm,
  lines,
  memories,
  minutesOf,
  persona,
  places,
  type ParsedPlace,
  type ParsedPrompt,
} from './parse';

/**
 * Deterministic, schema-valid answers for each question kind, made by simple rules from the
 * prompt's content. Not clever, but shaped like a real model's answers: the town keeps living,
 * news spreads, places and memory ids are valid.
 */
type Answerer = (p: ParsedPrompt) => unknown;

const first = (name: string) => name.split(' ')[0];

function placeOrFirst(all: ParsedPlace[], sector?: string, arena?: string) {
  const s = all.find((x) => x.sector === sector) ?? all[0];
  const a = s?.arenas.find((x) => x.arena === arena) ?? s?.arenas[0];
  return {
    sector: s?.sector ?? 'outdoors',
    arena: a?.arena ?? 'outdoors',
    objects: a?.objects ?? [],
  };
}

// Scores from the structural notes the prompt gives in brackets, like a model reading them.
const rateImportance: Answerer = (p) => ({
  scores: lines(p, SECTION.rate).map((l) => {
    if (/seen exactly this \d+ times? before/.test(l)) return 1;
    let s = 2;
    if (/told by /.test(l)) s += 3;
    if (/an invitation from the host|it concerns you|news from the person it is about/.test(l))
      s += 3;
    if (/talked|conversation|chat|inner voice/i.test(l)) s += 2;
    return Math.min(10, s);
  }),
});

function eventsToday(p: ParsedPrompt) {
  const day = Number(/Day (\d+)/.exec(p.sections.get(SECTION.today) ?? '')?.[1] ?? 0);
  return lines(p, SECTION.events)
    .map((l) =>
      /^- (.*?)(?: \(you are hosting it\))?: day (\d+), (\d\d:\d\d)–(\d\d:\d\d) at (.+?)(?: \((.+)\))?$/.exec(
        l,
      ),
    )
    .filter((m): m is RegExpExecArray => !!m && Number(m[2]) === day)
    .map((m) => ({
      what: m[1],
      start: minutesOf(m[3]),
      end: minutesOf(m[4]),
      sector: m[5],
      arena: m[6],
    }));
}

const planDay: Answerer = (p) => {
  const me = persona(p);
  const items = [`wake up at ${hhmm(me.wake)} and get ready`];
  if (me.work?.from != null)
    items.push(`work at ${me.work.sector} from ${hhmm(me.work.from)} to ${hhmm(me.work.to ?? 0)}`);
  else items.push('spend the morning on my own projects');
  items.push('have lunch');
  for (const e of eventsToday(p)) items.push(`go to ${e.what} at ${hhmm(e.start)}`);
  items.push('have dinner', `go to bed at ${hhmm(me.sleep)}`);
  return { wakeHour: Math.floor(me.wake / 60), items };
};

const scheduleHours: Answerer = (p) => {
  const me = persona(p);
  const all = places(p, SECTION.places);
  const m = /Schedule from (\d\d:\d\d) until bedtime at (\d\d:\d\d)/.exec(
    p.sections.get(SECTION.today) ?? '',
  );
  const from = m ? minutesOf(m[1]) : me.wake;
  let to = m ? minutesOf(m[2]) : me.sleep;
  if (to <= from) to += 1440;
  const home = placeOrFirst(all, me.home?.sector, me.home?.arena);
  const kitchen = placeOrFirst(all, home.sector, 'kitchen');
  // Somewhere to walk to: a public place by kind, never someone's home.
  const outside =
    all.find((s) => s.kind === 'park') ??
    all.find((s) => s.kind !== null && !['home', 'work', 'school'].includes(s.kind)) ??
    all[0];
  const events = eventsToday(p);
  const blocks = [];
  for (let t = from; t < to;) {
    const end = Math.min(to, Math.floor(t / 60) * 60 + 60);
    const hour = Math.floor(t / 60) % 24;
    const ev = events.find((e) => t >= e.start && t < e.end);
    let block: { activity: string; sector: string; arena: string };
    if (ev) block = { activity: `going to ${ev.what}`, ...placeOrFirst(all, ev.sector, ev.arena) };
    else if (me.work?.from != null && t >= me.work.from && t < (me.work.to ?? 0))
      block = {
        activity: `working as ${me.occupation}`,
        ...placeOrFirst(all, me.work.sector, me.work.arena),
      };
    else if (hour === 7 || hour === 12 || hour === 18)
      block = {
        activity: hour === 7 ? 'having breakfast' : hour === 12 ? 'having lunch' : 'having dinner',
        ...kitchen,
      };
    else if (hour % 3 === 0 && outside)
      block = {
        activity: `taking a walk to ${outside.sector}`,
        ...placeOrFirst(all, outside.sector),
      };
    else block = { activity: 'relaxing at home', ...home };
    blocks.push({
      start: hhmm(t),
      end: hhmm(end),
      activity: block.activity,
      sector: block.sector,
      arena: block.arena,
    });
    t = end;
  }
  return { blocks };
};

const EMOJI: [RegExp, string][] = [
  [/coffee|café/i, '☕'],
  [/work/i, '💼'],
  [/breakfast|lunch|dinner|eat/i, '🍽️'],
  [/walk|park/i, '🚶'],
  [/read|book/i, '📖'],
  [/sleep|bed/i, '😴'],
];
const emojiFor = (text: string) => EMOJI.find(([re]) => re.test(text))?.[1] ?? '🙂';

const decompose: Answerer = (p) => {
  const block = /^\d\d:\d\d–\d\d:\d\d \((\d+) minutes\): (.*?)(?: at .*)?$/.exec(
    p.sections.get(SECTION.block) ?? '',
  );
  const total = block ? Number(block[1]) : 60;
  const activity = block?.[2] ?? 'getting on with things';
  const objects = lines(p, SECTION.objects).flatMap((l) => l.split('; '));
  const steps = [];
  for (let used = 0, i = 0; used < total; i++) {
    const dur = Math.min(15, total - used);
    const phase = i === 0 ? 'getting started with' : used + dur >= total ? 'wrapping up' : 'busy';
    steps.push({
      description: phase === 'busy' ? activity : `${phase} ${activity}`,
      durationMin: dur,
      object: objects.length ? objects[i % objects.length] : null,
      emoji: emojiFor(activity),
    });
    used += dur;
  }
  return { steps };
};

const groundAction: Answerer = (p) => {
  const activity = (p.sections.get(SECTION.activity) ?? '').toLowerCase();
  const all = places(p, SECTION.places);
  const me = persona(p);
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2);
  const hit =
    all.find((s) => words(s.sector).some((w) => activity.includes(w))) ??
    all.find((s) => s.arenas.some((a) => words(a.arena).some((w) => activity.includes(w))));
  const place = hit
    ? placeOrFirst(
        all,
        hit.sector,
        hit.arenas.find((a) => activity.includes(a.arena.toLowerCase()))?.arena,
      )
    : placeOrFirst(all, me.home?.sector, me.home?.arena);
  return {
    sector: place.sector,
    arena: place.arena,
    object: place.objects[0] ?? null,
    emoji: emojiFor(activity),
  };
};

const decideToTalk: Answerer = (p) => {
  const partner = (p.sections.get(SECTION.partner) ?? 'them').split(',')[0];
  const talk = hash(p.user) % 3 !== 0;
  return {
    talk,
    reason: talk
      ? `It would be nice to say hello to ${first(partner)}.`
      : `${first(partner)} looks busy right now.`,
  };
};

const nextUtterance: Answerer = (p) => {
  const me = persona(p);
  const partner = (p.sections.get(SECTION.partner) ?? 'friend').split(',')[0];
  const round = Number(
    /Round (\d+) of at most (\d+)/.exec(p.sections.get(SECTION.now) ?? '')?.[1] ?? 1,
  );
  const max = Number(/of at most (\d+)/.exec(p.sections.get(SECTION.now) ?? '')?.[1] ?? 8);
  const said = p.sections.get(SECTION.conversation) ?? '';
  const told = p.sections.get(SECTION.alreadyShared) ?? '';
  const news = memories(p, SECTION.memories).find(
    (m) => m.gist && !told.includes(m.gist) && !said.includes(m.gist),
  );
  const parts = [round === 1 ? `Hi ${first(partner)}, it's ${first(me.name)}.` : 'I see.'];
  const shares = [];
  if (news?.gist) {
    parts.push(`Did you hear? ${news.gist}`);
    shares.push({ memoryId: news.id, gist: news.gist });
  }
  const end = round >= Math.min(3, max);
  parts.push(end ? 'Anyway, I should get going. See you!' : 'How has your day been?');
  return { text: parts.join(' '), end, shares };
};

const summarizeChat: Answerer = (p) => {
  const partner = (p.sections.get(SECTION.partner) ?? 'someone').split(',')[0];
  const heard = /Did you hear\? ([^\n]*?\.)/.exec(p.sections.get(SECTION.conversation) ?? '');
  return {
    summary: `I talked with ${partner}.${heard ? ` We talked about this: ${heard[1]}` : ''}`,
    relationship: `${first(partner)} is someone I chat with around town.`,
    closenessDelta: 0.05,
  };
};

const focalQuestions: Answerer = (p) => {
  const ms = memories(p, SECTION.memories);
  const names = [...new Set(ms.map((m) => /^([A-Z]\w+ [A-Z]\w+)/.exec(m.text)?.[1]))].filter(
    Boolean,
  );
  return {
    questions: [
      'What matters most to me lately?',
      names[0] ? `How are things between ${names[0]} and me?` : 'Who do I keep meeting?',
      'What is happening in town?',
    ],
  };
};

const reflect: Answerer = (p) => {
  const ids = memories(p, SECTION.memories).map((m) => m.id);
  // One insight per focal question, citing the memories listed for it.
  const insights = lines(p, SECTION.focal)
    .map((l) => {
      const m = /^\d+\. (.*) \(memories: (.*)\)$/.exec(l);
      const cited = (m?.[2] ?? '').split(', ').filter((id) => ids.includes(id));
      return {
        text: `Thinking about "${m?.[1] ?? l}", I see a pattern.`,
        evidence: cited.slice(0, 3),
      };
    })
    .filter((i) => i.evidence.length);
  return {
    insights: insights.length
      ? insights.slice(0, 5)
      : [{ text: 'My days have a steady rhythm.', evidence: ids.slice(0, 3) }],
  };
};

const answerInterview: Answerer = (p) => {
  const q = (p.sections.get(SECTION.question) ?? '').toLowerCase();
  const words = q.split(/\W+/).filter((w) => w.length > 3);
  const hits = memories(p, SECTION.memories)
    .filter((m) => words.some((w) => m.text.toLowerCase().includes(w)))
    .slice(0, 2);
  return hits.length
    ? { answer: `Yes. ${hits.map((m) => m.text).join(' ')}`, usedMemoryIds: hits.map((m) => m.id) }
    : { answer: "I'm not sure; I haven't heard anything about that.", usedMemoryIds: [] };
};

/** The evaluation's judge: a rough, deterministic score (longer, specific answers score higher). */
const judgeAnswer: Answerer = (p) => {
  const answer = p.sections.get('Answer') ?? '';
  const evasive = /not sure|haven't heard|don't know/i.test(answer);
  const score = evasive ? 2 : Math.min(9, 3 + Math.floor(answer.split(/\s+/).length / 8));
  return { score, reason: evasive ? 'evades the question' : 'answers with some detail' };
};

export const ANSWERERS: Record<string, Answerer> = {
  rateImportance,
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
  judgeAnswer,
};

/** The answer for a prompt; prompts without our marker (e.g. a connection test) get `{ok: true}`. */
export function answerFor(p: ParsedPrompt): unknown {
  const fn = p.kind ? ANSWERERS[p.kind] : undefined;
  return fn ? fn(p) : { ok: true };
}
