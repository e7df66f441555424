import { Gzip } from 'fflate';
import { TownFileError } from './errors';

/*
 * How a town file's JSON is laid out (v3 on): one JSON document, written in lines so that neither
 * the writer nor the reader ever holds it as one string (V8 strings stop at ~2^29 characters, which
 * a 1,000-person town passes within a game day). The first line is the file with its long lists
 * replaced by "$part"; each further line carries a chunk of one of them; the last line counts them:
 *
 *   {"schemaVersion":3,…,"world":{…,"agents":"$part",…},…,"$parts":[
 *   ["world.agents",[{…},{…}]],
 *   ["tape.answers",{"op7":…}]
 *   ],"$lines":2}
 *
 * The reader puts every chunk back in its place (same key order), so the result is exactly the
 * document a single `JSON.parse` would give. Documents without "$parts" (v0–v2 files, or a v3 file
 * rewritten by a JSON tool) are read whole, as before.
 */

/** Stands in the first line for a list whose items follow in part lines. */
export const PART_PLACEHOLDER = '$part';
/** The lists that may be written as part lines, as `"<field>.<field>"` paths. */
export const PART_NAMES = [
  'scenario.personas',
  'initial.agents',
  'initial.conversations',
  'world.agents',
  'world.conversations',
  'tape.entries',
  'tape.answers',
  'tape.offlineOps',
] as const;
/** The parts that are records (field name → value); the others are arrays. */
const RECORD_PARTS: ReadonlySet<string> = new Set(['tape.answers']);
/** A part line is closed once it holds this many characters (or one item, if that is bigger). */
export const DEFAULT_PART_CHARS = 1024 * 1024;

const PARTS_KEY = '$parts';
const LINES_KEY = '$lines';
const HEAD_END = `"${PARTS_KEY}":[`;
const TAIL = new RegExp(`^\\],"\\${LINES_KEY}":(\\d{1,9})\\}$`);
/** UTF-8 encode and deflate in blocks of about this many characters. */
const BLOCK_CHARS = 64 * 1024;
const NEWLINE = 0x0a;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
/** Whether JSON writes this value as a field (it drops undefined and functions). */
const written = (v: unknown) => v !== undefined && typeof v !== 'function';
/** A list or record with something in it (empty ones stay in the first line). */
const isList = (v: unknown): v is unknown[] | Json =>
  (Array.isArray(v) && v.length > 0) || (isObject(v) && Object.values(v).some(written));

/** Turns a value into JSON text, all at once or in pieces (for time-sliced encoding). */
export type Stringify = (value: unknown) => Iterable<string>;

/** `JSON.stringify` as one piece. */
export const stringifyWhole: Stringify = (value) => [JSON.stringify(value) ?? 'null'];

/** The document with each non-empty part list replaced by the placeholder (copies on the way). */
function splitDocument(doc: Json): { head: Json; parts: [string, unknown[] | Json][] } {
  const head: Json = { ...doc };
  const parts: [string, unknown[] | Json][] = [];
  for (const name of PART_NAMES) {
    const [outer, inner] = name.split('.');
    const container = head[outer];
    if (!isObject(container) || !isList(container[inner])) continue;
    parts.push([name, container[inner]]);
    // `head[outer]` is still the caller's object the first time: copy it before editing.
    const copy = container === doc[outer] ? { ...container } : container;
    copy[inner] = PART_PLACEHOLDER;
    head[outer] = copy;
  }
  return { head, parts };
}

/**
 * The JSON text of a town document in the framed layout, as a stream of pieces. No piece is longer
 * than what `stringify` returns for one list item (or the first line).
 */
export function* framedPieces(
  doc: Json,
  stringify: Stringify,
  opts: { partChars?: number } = {},
): Generator<string> {
  const partChars = opts.partChars ?? DEFAULT_PART_CHARS;
  const { head, parts } = splitDocument(doc);
  // The first line: the document without its closing brace, then the opening of "$parts".
  let held = '{}';
  let first = true;
  for (const piece of stringify(head)) {
    if (!first) yield held;
    held = piece;
    first = false;
  }
  const empty = !Object.values(head).some(written);
  yield `${held.slice(0, -1)}${empty ? '' : ','}${HEAD_END}`;
  let lines = 0;
  for (const [name, list] of parts) {
    const isArray = Array.isArray(list);
    const keys = isArray ? null : Object.keys(list);
    const count = isArray ? list.length : keys!.length;
    let chars = 0;
    let items = 0;
    for (let i = 0; i < count; i++) {
      const value = isArray ? list[i] : list[keys![i]];
      const skip = !written(value);
      // JSON drops such fields from objects and writes null for them in arrays.
      if (skip && !isArray) continue;
      if (items === 0) yield `${lines ? ',' : ''}\n[${JSON.stringify(name)},${isArray ? '[' : '{'}`;
      let piece = items ? ',' : '';
      if (!isArray) piece += `${JSON.stringify(keys![i])}:`;
      if (piece) yield piece;
      chars += piece.length;
      if (skip) {
        yield 'null';
        chars += 4;
      } else
        for (const p of stringify(value)) {
          yield p;
          chars += p.length;
        }
      items++;
      if (chars >= partChars || i === count - 1) {
        yield isArray ? ']]' : '}]';
        lines++;
        chars = 0;
        items = 0;
      }
    }
    // A record whose last fields were all skipped leaves its line open.
    if (items) {
      yield '}]';
      lines++;
    }
  }
  yield `\n],"${LINES_KEY}":${lines}}\n`;
}

/** Collects JSON text pieces, UTF-8 encodes them in blocks and gzips them as a stream. */
export class GzipSink {
  private readonly out: Uint8Array[] = [];
  private total = 0;
  private readonly gzip: Gzip;
  private readonly encoder = new TextEncoder();
  private block: string[] = [];
  private blockChars = 0;

  constructor(level: 1 | 3 | 6 | 9 = 6) {
    this.gzip = new Gzip({ level }, (chunk) => {
      this.out.push(chunk);
      this.total += chunk.length;
    });
  }

  write(piece: string): void {
    this.block.push(piece);
    this.blockChars += piece.length;
    if (this.blockChars >= BLOCK_CHARS) this.flush(false);
  }

  private flush(final: boolean): void {
    this.gzip.push(this.encoder.encode(this.block.join('')), final);
    this.block = [];
    this.blockChars = 0;
  }

  /** Ends the stream and returns the gzip file. */
  end(): Uint8Array {
    this.flush(true);
    return concat(this.out, this.total);
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Size caps for reading, in unpacked bytes. */
export interface ReadLimits {
  /** The whole unpacked text. */
  maxTotalBytes: number;
  /** One line (a document that is not framed counts as one line: it is parsed whole). */
  maxLineBytes: number;
}

const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / 1024 / 1024)} MB`;

const damaged = (text: string) => new TownFileError('damaged', `The file is damaged: ${text}`);

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw damaged('its text is not valid UTF-8.');
  }
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw damaged(`${where} is not valid JSON.`);
  }
}

/** The bytes without trailing spaces, tabs and carriage returns. */
function trimEnd(bytes: Uint8Array): Uint8Array {
  let n = bytes.length;
  while (n > 0 && (bytes[n - 1] === 0x20 || bytes[n - 1] === 0x0d || bytes[n - 1] === 0x09)) n--;
  return bytes.subarray(0, n);
}

const HEAD_END_BYTES = new TextEncoder().encode(HEAD_END);

function endsWithHeadEnd(bytes: Uint8Array): boolean {
  const n = bytes.length - HEAD_END_BYTES.length;
  if (n < 1 || bytes[0] !== 0x7b /* { */) return false;
  for (let i = 0; i < HEAD_END_BYTES.length; i++)
    if (bytes[n + i] !== HEAD_END_BYTES[i]) return false;
  return true;
}

/**
 * Puts part lines back into a document. Each part must have its placeholder in the document, and
 * every placeholder must be filled by the end.
 */
class Assembler {
  private readonly filling = new Map<string, unknown[] | Json>();
  lines = 0;

  constructor(readonly doc: Json) {}

  add(entry: unknown, where: string): void {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string')
      throw damaged(`${where} is not a part of a town.`);
    const [name, chunk] = entry as [string, unknown];
    if (!(PART_NAMES as readonly string[]).includes(name))
      throw damaged(`${where} holds an unknown part "${name.slice(0, 40)}".`);
    let target = this.filling.get(name);
    if (!target) {
      const [outer, inner] = name.split('.');
      const container = Object.hasOwn(this.doc, outer) ? this.doc[outer] : undefined;
      if (!isObject(container) || container[inner] !== PART_PLACEHOLDER)
        throw damaged(`${where} holds ${name}, which the first line does not expect.`);
      target = RECORD_PARTS.has(name) ? {} : [];
      container[inner] = target;
      this.filling.set(name, target);
    }
    if (Array.isArray(target)) {
      if (!Array.isArray(chunk)) throw damaged(`${where}: ${name} should be a list.`);
      for (const item of chunk) target.push(item);
    } else {
      if (!isObject(chunk)) throw damaged(`${where}: ${name} should be an object.`);
      // defineProperty, not assignment: a "__proto__" field stays a plain field for the safety
      // walk to reject, and never reaches a prototype.
      for (const key of Object.keys(chunk))
        Object.defineProperty(target, key, {
          value: chunk[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    this.lines++;
  }

  /** Checks the count the file ends with and that every part arrived. */
  finish(declared: number): Json {
    if (declared !== this.lines)
      throw damaged(`it has ${this.lines} parts of the town where ${declared} were written.`);
    for (const name of PART_NAMES) {
      const [outer, inner] = name.split('.');
      const container = this.doc[outer];
      if (isObject(container) && container[inner] === PART_PLACEHOLDER)
        throw damaged(`${name} is missing.`);
    }
    return this.doc;
  }
}

/** A document read whole: if it has "$parts" (a framed file on one line), assemble it. */
function assembleWhole(doc: unknown): unknown {
  if (!isObject(doc) || !Object.hasOwn(doc, PARTS_KEY)) return doc;
  const { [PARTS_KEY]: parts, [LINES_KEY]: lines, ...head } = doc;
  if (!Array.isArray(parts) || typeof lines !== 'number')
    throw damaged(`${PARTS_KEY} or ${LINES_KEY} is not what a town file holds there.`);
  const assembler = new Assembler(head);
  parts.forEach((p, i) => assembler.add(p, `part ${i + 1}`));
  return assembler.finish(lines);
}

/**
 * Reads the unpacked text of a town file chunk by chunk and returns the parsed document. A framed
 * file is parsed line by line as it arrives (no line may exceed `maxLineBytes`); any other JSON is
 * parsed whole (so it must fit in `maxLineBytes`, as v0–v2 files always did). Throws `TownFileError`.
 */
export class TownTextReader {
  private pieces: Uint8Array[] = [];
  private pieceBytes = 0;
  private total = 0;
  private lineNo = 0;
  private mode: 'first' | 'framed' | 'whole' = 'first';
  private assembler: Assembler | null = null;
  private declared: number | null = null;
  /** Longest line parsed so far, in bytes (for tests and measurements). */
  longestLine = 0;

  constructor(private readonly limits: ReadLimits) {}

  /** How many unpacked bytes have been read. */
  get bytesRead(): number {
    return this.total;
  }

  push(chunk: Uint8Array): void {
    this.total += chunk.length;
    if (this.total > this.limits.maxTotalBytes)
      throw new TownFileError(
        'too-large',
        `The town is too large to open (over ${mb(this.limits.maxTotalBytes)} unpacked).`,
      );
    let start = 0;
    while (start < chunk.length) {
      if (this.mode === 'whole') return this.keep(chunk.subarray(start));
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl < 0) return this.keep(chunk.subarray(start));
      this.keep(chunk.subarray(start, nl));
      this.line();
      start = nl + 1;
    }
  }

  /** The document, once all bytes have been pushed. */
  end(): unknown {
    if (this.mode === 'whole' || this.mode === 'first') {
      const doc = parse(utf8(this.take()), 'its content');
      return assembleWhole(doc);
    }
    if (this.pieceBytes) this.line();
    if (this.declared === null)
      throw new TownFileError('damaged', 'The file is truncated: it ends before the town does.');
    return this.assembler!.finish(this.declared);
  }

  private keep(bytes: Uint8Array): void {
    if (!bytes.length) return;
    this.pieceBytes += bytes.length;
    if (this.pieceBytes > this.limits.maxLineBytes)
      throw new TownFileError(
        'too-large',
        this.mode === 'framed'
          ? `The town is too large to open (a part of it is over ${mb(this.limits.maxLineBytes)} unpacked).`
          : `The town is too large to open (over ${mb(this.limits.maxLineBytes)} unpacked).`,
      );
    this.pieces.push(bytes);
  }

  private take(): Uint8Array {
    const bytes = concat(this.pieces, this.pieceBytes);
    this.pieces = [];
    this.pieceBytes = 0;
    return bytes;
  }

  /** Handles the complete line held in `pieces` (its newline already dropped). */
  private line(): void {
    const bytes = trimEnd(this.take());
    this.lineNo++;
    this.longestLine = Math.max(this.longestLine, bytes.length);
    if (this.mode === 'first') {
      if (!endsWithHeadEnd(bytes)) {
        // Not framed: keep everything (newline included) and parse it whole at the end.
        this.mode = 'whole';
        this.keep(bytes);
        this.keep(new Uint8Array([NEWLINE]));
        return;
      }
      let head = utf8(bytes.subarray(0, bytes.length - HEAD_END_BYTES.length)).trimEnd();
      if (head.endsWith(',')) head = head.slice(0, -1);
      const doc = parse(`${head}}`, 'its first line');
      if (!isObject(doc)) throw damaged('its first line is not what a town file starts with.');
      this.assembler = new Assembler(doc);
      this.mode = 'framed';
      return;
    }
    if (!bytes.length) return;
    const where = `line ${this.lineNo}`;
    if (this.declared !== null) throw damaged(`${where} follows the end of the town.`);
    let text = utf8(bytes);
    if (text.startsWith(']')) {
      const tail = TAIL.exec(text);
      if (!tail) throw damaged(`${where} is not a valid end of a town file.`);
      this.declared = Number(tail[1]);
      return;
    }
    if (text.endsWith(',')) text = text.slice(0, -1);
    this.assembler!.add(parse(text, where), where);
  }
}
