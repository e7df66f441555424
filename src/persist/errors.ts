import type { z } from 'zod';

/** What is wrong with a town file, for callers that want to branch (the message says it all). */
export type TownFileProblem =
  | 'not-town-file'
  | 'damaged'
  | 'too-large'
  | 'newer-version'
  | 'invalid'
  | 'unsafe'
  | 'cannot-replay';

/** A town file could not be read. `message` is written for the person who chose the file. */
export class TownFileError extends Error {
  override readonly name = 'TownFileError';
  constructor(
    readonly problem: TownFileProblem,
    message: string,
    /** Where in the file, e.g. `world.agents[3].tile`. */
    readonly path?: string,
  ) {
    super(message);
  }
}

/** Browser storage is full: nothing was written and existing saves are untouched. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(what = 'The town') {
    super(
      `${what} could not be saved because the browser's storage is full. ` +
        'Export the town to a file, or delete old saves, and try again. Existing saves are untouched.',
    );
  }
}

/** `['world', 'agents', 3, 'tile']` → `world.agents[3].tile` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(top level)';
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
  // A field the object's kind does not have (e.g. a sighting on a chat memory).
  never: 'nothing',
};

/** Describes a JSON value in words ("text", "a list"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'an object';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function unitsOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

/** The most specific issue of a union (the branch that got furthest). */
function deepestOfUnion(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue | undefined {
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors)
    for (const sub of branch) if (!best || sub.path.length > best.path.length) best = sub;
  return best;
}

/** Turns a zod issue into `path: what is wrong`, in plain words, with paths under `prefix`. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  root: unknown,
  prefix: readonly PropertyKey[] = [],
): { path: string; text: string } {
  const path = [...prefix, ...issue.path];
  const where = formatPath(path);
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined)
        return { path: where, text: `${where}: missing (expected ${expected})` };
      return { path: where, text: `${where}: expected ${expected}, found ${describeValue(value)}` };
    }
    case 'too_big':
      return {
        path: where,
        text: `${where}: too ${issue.origin === 'number' ? 'large' : 'long'} (at most ${String(issue.maximum)}${unitsOf(issue.origin)})`,
      };
    case 'too_small':
      return {
        path: where,
        text: `${where}: too ${issue.origin === 'number' ? 'small' : 'short'} (at least ${String(issue.minimum)}${unitsOf(issue.origin)})`,
      };
    case 'invalid_value':
      return {
        path: where,
        text: `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${JSON.stringify(value) ?? 'nothing'}`,
      };
    case 'unrecognized_keys':
      return { path: where, text: `${where}: unexpected field "${issue.keys.join('", "')}"` };
    case 'invalid_key':
      return {
        path: where,
        text: `${where}: the key "${String(issue.path.at(-1))}" is not allowed`,
      };
    case 'invalid_union': {
      const inner = deepestOfUnion(issue);
      const options = (issue as { options?: unknown[] }).options;
      if (options?.length)
        return {
          path: where,
          text: `${where}: expected ${options.map((o) => JSON.stringify(o)).join(' or ')}, found ${JSON.stringify(value) ?? 'nothing'}`,
        };
      if (!inner || inner.path.length === 0) {
        const found = describeValue(value);
        return { path: where, text: `${where}: not a valid value (found ${found})` };
      }
      return describeIssue(
        { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue,
        root,
        prefix,
      );
    }
    default:
      return { path: where, text: `${where}: ${issue.message}` };
  }
}
