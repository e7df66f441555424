import { TownFileError, formatPath } from './errors';
import { LIMITS } from './limits';

/** Keys that could reach an object's prototype if a later step merged the data with assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  value: unknown;
  depth: number;
  /** The container this value sits in (kept only while its children wait on the stack). */
  parent: Frame | null;
  key: string | number;
}

/**
 * Walks parsed JSON once before any schema sees it and rejects what a schema cannot express well or
 * what could hurt code further on: prototype keys, non-finite numbers (`1e999` parses as
 * Infinity), very deep nesting (recursive validators would overflow the stack) and huge strings.
 * Iterative, so a hostile depth cannot overflow the stack here either.
 */
export function assertSafeJson(root: unknown, rootName = ''): void {
  const pathOf = (frame: Frame): string => {
    const keys: (string | number)[] = [];
    for (let f: Frame | null = frame; f; f = f.parent) if (f.key !== '') keys.push(f.key);
    return formatPath(keys.reverse());
  };
  const fail = (frame: Frame, text: string): never => {
    const where = pathOf(frame);
    throw new TownFileError('unsafe', `Invalid town file: ${where}: ${text}`, where);
  };
  const stack: Frame[] = [];
  // Primitives are checked where they are met; only containers go on the stack (a town has
  // hundreds of thousands of numbers in map layers and counters).
  const visit = (value: unknown, parent: Frame | null, key: string | number, depth: number) => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail({ value, depth, parent, key }, 'a number is out of range');
    } else if (typeof value === 'string') {
      if (value.length > LIMITS.MAX_STRING_CHARS)
        fail({ value, depth, parent, key }, 'a text is too long');
    } else if (value !== null && typeof value === 'object') {
      if (depth >= LIMITS.MAX_DEPTH) fail({ value, depth, parent, key }, 'nested too deeply');
      stack.push({ value, depth, parent, key });
    }
  };
  visit(root, null, rootName, 0);
  while (stack.length) {
    const frame = stack.pop()!;
    const value = frame.value as object;
    const depth = frame.depth + 1;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) visit(value[i], frame, i, depth);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) fail(frame, `forbidden field name "${key}"`);
      visit((value as Record<string, unknown>)[key], frame, key, depth);
    }
  }
}
