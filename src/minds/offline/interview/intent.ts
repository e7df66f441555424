/**
 * Intent recognition for interview questions. Patterns are plain English question shapes ("who do
 * you live with", "what will you be doing at 3 pm tomorrow"); nothing here knows a town's words.
 * People are recognised from the names the request carries (relationships), never from a list.
 */

/** What an interview question asks for. */
export type IntentKind =
  | 'intro'
  | 'job'
  | 'household'
  | 'routine'
  | 'timeAt'
  | 'plans'
  | 'outlook'
  | 'person'
  | 'knowledge'
  | 'vote'
  | 'mind'
  | 'why'
  | 'yesterday'
  | 'situation'
  | 'companion'
  | 'general';

/** A recognised question: its kind and the slots it names. */
export interface Intent {
  kind: IntentKind;
  /** Answerable with yes or no ("Do you know…", "Are you going…"). */
  yesNo: boolean;
  /** For person, situation: the id of a known person the question names. */
  personId?: string;
  /** A capitalised name the question gives that matches nobody known. */
  unknownName?: string;
  /** For timeAt / plans: which day, relative to today. */
  dayOffset?: -1 | 0 | 1;
  /** For timeAt: the minute of day asked about. */
  minute?: number;
  /** For timeAt: how the question named the moment when it gave no clock time ("this evening"). */
  spoken?: string;
  /** For knowledge: the question asks whether the agent will go / went. */
  attendance?: boolean;
  /** For situation: something goes wrong (rather than someone being upset). */
  setback?: boolean;
}

/** Someone the question may name. */
export interface NamedPerson {
  id: string;
  name: string;
}

const YES_NO = /^(do|did|does|have|has|are|is|will|were|was|can|could|would you say)\b/i;

/** "3 pm", "10:30 am", "noon", "midnight" → minute of day (null when none). */
export function clockIn(q: string): number | null {
  const m = /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?\b/i.exec(q);
  if (m) {
    const h = (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    return h * 60 + Number(m[2] ?? 0);
  }
  const h24 = /\bat (\d{1,2}):(\d\d)\b/.exec(q);
  if (h24) return Number(h24[1]) * 60 + Number(h24[2]);
  if (/\bnoon|midday\b/i.test(q)) return 12 * 60;
  if (/\bmidnight\b/i.test(q)) return 0;
  return null;
}

/** A part of the day named in the question, as a representative minute. */
function partOfDay(q: string): number | null {
  if (/\bthis morning|in the morning|tomorrow morning\b/.test(q)) return 9 * 60;
  if (/\bthis afternoon|in the afternoon|tomorrow afternoon\b/.test(q)) return 15 * 60;
  if (/\btonight|this evening|in the evening|tomorrow evening\b/.test(q)) return 19 * 60;
  return null;
}

/** The question's own words for a part of the day. */
function spokenPart(q: string): string {
  return (
    /\b(tonight|this (morning|afternoon|evening)|tomorrow (morning|afternoon|evening))\b/.exec(
      q,
    )?.[0] ??
    /\bin the (morning|afternoon|evening)\b/.exec(q)?.[0] ??
    'then'
  );
}

function dayOffsetOf(q: string): -1 | 0 | 1 | null {
  if (/\btomorrow\b/.test(q)) return 1;
  if (/\byesterday\b/.test(q)) return -1;
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(q)) return 0;
  return null;
}

/** The known person a question names (full name first, then first name). */
export function personIn(question: string, people: NamedPerson[]): NamedPerson | null {
  const has = (name: string) =>
    name.length > 1 &&
    new RegExp(
      `(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'iu',
    ).test(question);
  return people.find((p) => has(p.name)) ?? people.find((p) => has(p.name.split(' ')[0])) ?? null;
}

/** A capitalised name after "who is" / "about" that is nobody known ("Who is Zed Ray?"). */
function unknownNameIn(question: string): string | null {
  const m =
    /\b(?:[Ww]ho is|[Ww]ho's|know|about|think of)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u.exec(
      question,
    );
  return m ? m[1] : null;
}

/** Recognises the intent of an interview question. */
export function recogniseIntent(question: string, people: NamedPerson[]): Intent {
  const q = question.toLowerCase().replace(/[’‘]/g, "'").trim();
  const yesNo = YES_NO.test(q);
  const person = personIn(question, people);
  const withPerson = (kind: IntentKind): Intent => ({
    kind,
    yesNo,
    ...(person ? { personId: person.id } : {}),
  });

  if (
    /\bspend (some )?time with|hang out with|one person|who would (it|you)\b|spend the day with/.test(
      q,
    )
  )
    return { kind: 'companion', yesNo: false };
  if (
    /\bwhat would you do|how would you (react|respond|handle|deal)|what do you do if|\bif (you|someone|something)\b.*\bwould you\b/.test(
      q,
    )
  )
    return {
      ...withPerson('situation'),
      yesNo: false,
      setback: !person || (/wrong|broke|fail|alone|problem/.test(q) && !/upset|sad|cry/.test(q)),
    };
  const clock = clockIn(q);
  const minute = clock ?? partOfDay(q);
  const offset = dayOffsetOf(q);
  const doing = /\b(doing|do|be|where|plan|plans|up to|busy)\b/.test(q);
  if (minute !== null && doing)
    return {
      kind: 'timeAt',
      yesNo,
      dayOffset: offset ?? 0,
      minute,
      ...(clock === null ? { spoken: spokenPart(q) } : {}),
    };
  if (/\bintroduc|about yourself|who are you|describe yourself|your name\b/.test(q))
    return { kind: 'intro', yesNo: false };
  if (
    /\byour job|for a living|\boccupation|profession|where do you work|what do you do\b(?! (if|when|on|at|in|after|before|for fun))|your work\b/.test(
      q,
    )
  )
    return { kind: 'job', yesNo };
  if (
    /live with|shares? your (home|house|place)|your (family|household)|who('s| is) at home|live alone/.test(
      q,
    )
  )
    return { kind: 'household', yesNo };
  if (
    /\btypical|usual day|normal day|ordinary day|average day|routine|weekday|day look like/.test(q)
  )
    return { kind: 'routine', yesNo: false };
  if (/look(ing)? forward|excited about|can't wait/.test(q)) return { kind: 'outlook', yesNo };
  if (/\bvot(e|ing)\b|\bballot\b/.test(q)) return withPerson('vote');
  if (
    /on your mind|thinking about|been thinking|how (are|do) you feel|feeling|worr(y|ied)|mood|how are you\b/.test(
      q,
    )
  )
    return { kind: 'mind', yesNo };
  if (/^why\b|\bwhy did you|what made you|how come you/.test(q)) return withPerson('why');
  if (offset === -1 && !person) return { kind: 'yesterday', yesNo };
  if (offset !== null && doing && !person && !/\b(know|heard)\b/.test(q))
    return { kind: 'plans', yesNo, dayOffset: offset };
  const attendance =
    /are you (going|coming)|will you (go|come|attend|be there)|did you (go|come|attend)|going to go|attending|plan to (go|attend)/.test(
      q,
    );
  if (
    attendance ||
    /have you heard|what have you heard|heard (anything|about|of|that)|any news|know (about|who|what|when|where|anything|that)|is (there|anyone)/.test(
      q,
    )
  )
    return { ...withPerson('knowledge'), attendance };
  if (person) return withPerson('person');
  if (/\btell me about\b/.test(q)) return { kind: 'knowledge', yesNo, attendance };
  const unknown = unknownNameIn(question);
  if (unknown && /who is|who's|think of|opinion of|feel about/.test(q))
    return { kind: 'person', yesNo, unknownName: unknown };
  if (/\bplan|\btomorrow|\bnext\b/.test(q)) return { kind: 'plans', yesNo, dayOffset: 1 };
  return { kind: 'general', yesNo };
}
