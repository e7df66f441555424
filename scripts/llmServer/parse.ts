import { QUESTION_MARKER } from '../../src/minds/llm/prompts/format';

/** A chat message as the test server receives it. */
export interface WireMessage {
  role: string;
  content: string | null | { type: string; text?: string }[];
}

/** What the test server reads out of one of our prompts. */
export interface ParsedPrompt {
  /** The question kind from the `question: …` marker line, if any. */
  kind: string | null;
  system: string;
  /** The first user message (the data; later ones are repair requests). */
  user: string;
  /** User-message sections by title (without a trailing "(N)"). */
  sections: Map<string, string>;
}

export function textOf(content: WireMessage['content']): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => p.text ?? '').join('');
  return '';
}

export function parsePrompt(messages: WireMessage[]): ParsedPrompt {
  const system = messages
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map((m) => textOf(m.content))
    .join('\n\n');
  const user = textOf(messages.find((m) => m.role === 'user')?.content ?? '');
  const marker = system
    .split('\n')
    .find((l) => l.startsWith(QUESTION_MARKER))
    ?.slice(QUESTION_MARKER.length)
    .trim();
  const sections = new Map<string, string>();
  for (const part of user.split(/^## /m).slice(1)) {
    const nl = part.indexOf('\n');
    const title = (nl < 0 ? part : part.slice(0, nl)).replace(/\s*\(\d+\)\s*$/, '').trim();
    sections.set(title, nl < 0 ? '' : part.slice(nl + 1).trim());
  }
  return { kind: marker || null, system, user, sections };
}

/** Non-empty lines of a section ("(none)" counts as empty). */
export function lines(p: ParsedPrompt, title: string): string[] {
  const body = p.sections.get(title) ?? '';
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== '(none)');
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Persona facts from the system prompt. */
export function persona(p: ParsedPrompt) {
  const name = /You are ([^,]+), \d+, ([^\n]+?)\.\n/.exec(p.system);
  const wake = /You usually wake at (\d\d:\d\d) and go to bed at (\d\d:\d\d)/.exec(p.system);
  const home = /^Home: (.+?)(?: \((.+)\))?$/m.exec(p.system);
  const work = /^Work: (.+?)(?: \(([^)]+)\))?(?:, (\d\d:\d\d)–(\d\d:\d\d))?$/m.exec(p.system);
  return {
    name: name?.[1] ?? 'Someone',
    occupation: name?.[2] ?? 'resident',
    wake: wake ? minutesOf(wake[1]) : 7 * 60,
    sleep: wake ? minutesOf(wake[2]) : 22 * 60,
    home: home ? { sector: home[1], arena: home[2] } : null,
    work: work
      ? {
          sector: work[1],
          arena: work[2],
          from: work[3] ? minutesOf(work[3]) : null,
          to: work[4] ? minutesOf(work[4]) : null,
        }
      : null,
  };
}

export interface ParsedPlace {
  sector: string;
  /** The place's kind from the prompt (null when not given). */
  kind: string | null;
  arenas: { arena: string; objects: string[] }[];
}

/** The Places section: `- Sector (kind; open …): arena [obj, obj]; arena`. */
export function places(p: ParsedPrompt, title: string): ParsedPlace[] {
  return lines(p, title)
    .filter((l) => l.startsWith('- '))
    .map((l) => {
      const body = l.slice(2);
      const i = body.indexOf(': ');
      // `Sector (kind; open …)`: the bracket says what the place is for and when it is open.
      const head = /^(.*?)(?: \(([^()]*)\))?$/.exec(body.slice(0, i))!;
      return {
        sector: head[1],
        kind: head[2]?.split(';')[0].trim() || null,
        arenas: body
          .slice(i + 2)
          .split('; ')
          .map((a) => {
            const m = /^(.*?)(?: \[(.*)\])?$/.exec(a)!;
            return { arena: m[1], objects: m[2] ? m[2].split(', ') : [] };
          }),
      };
    });
}

/** Memory lines: `- [m12] (meta) text [news you could pass on: "gist"]`. */
export function memories(p: ParsedPrompt, title: string) {
  return lines(p, title)
    .map((l) =>
      /^- \[([^\]]+)\] \(([^)]*)\) (.*?)(?: \[news you could pass on: "(.*)"\])?$/.exec(l),
    )
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ id: m[1], meta: m[2], text: m[3], gist: m[4] ?? null }));
}

/** A small deterministic hash for rule choices. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Rough token count (about four characters per token), for `usage`. */
export function approxTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
