import { errorText } from '../sim/text';
import { Gunzip } from 'fflate';
import type { WorldState } from '../sim/world/world';
import { TownFileError, describeIssue } from './errors';
import { TOWN_FILE_VERSION, type MindInfo, type TownFile } from './format';
import { GzipSink, TownTextReader, framedPieces, stringifyWhole } from './framing';
import { assertSafeJson } from './guard';
import { LIMITS } from './limits';
import { checkMapIdentity } from './mapIdentity';
import { migrateToCurrent, versionOf } from './migrations';
import { TownFileSchema } from './townFileSchema';

export * from './format';

/** Result of reading a file: the town, or an error with a message for the person. */
export type DecodeResult =
  | {
      ok: true;
      file: TownFile;
      /** The version the file was saved with, when it was migrated on load. */
      migratedFrom?: number;
    }
  | { ok: false; error: TownFileError };

const GZIP_MAGIC = [0x1f, 0x8b];
/** Compressed bytes handed to the gunzipper at a time, so unpacked text arrives in bounded chunks. */
const INPUT_SLICE = 64 * 1024;

/** Encoder options. */
export interface EncodeOptions {
  /** fflate: 1 fastest … 9 smallest. */
  level?: 1 | 3 | 6 | 9;
  /** Characters per part line (default `DEFAULT_PART_CHARS`); tests lower it. */
  partChars?: number;
}

/**
 * Serialises and gzips a town in the framed layout (`framing.ts`): no string longer than one list
 * item (an agent, say) is ever built. Synchronous; in the app it runs in the worker.
 */
export function encodeTownFile(file: TownFile, opts: EncodeOptions = {}): Uint8Array {
  return encodeTownJson({ ...file, mind: sanitizeMind(file.mind) }, opts);
}

/** Frames and gzips any JSON document as `encodeTownFile` does, without sanitising it. */
export function encodeTownJson(doc: Record<string, unknown>, opts: EncodeOptions = {}): Uint8Array {
  const sink = new GzipSink(opts.level ?? 6);
  for (const piece of framedPieces(doc, stringifyWhole, opts)) sink.write(piece);
  return sink.end();
}

/**
 * Reads a town file: gunzip (plain JSON is accepted too), safety walk, migration of older versions,
 * then validation. Never throws; every failure is a `TownFileError` with a readable message.
 */
export function decodeTownFile(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  try {
    return { ok: true, ...parseTownJson(unpack(bytes, opts)) };
  } catch (err) {
    if (err instanceof TownFileError) return { ok: false, error: err };
    const detail = errorText(err);
    return {
      ok: false,
      error: new TownFileError('damaged', `The file could not be read (${detail}).`),
    };
  }
}

/** Size caps (defaults: `LIMITS`); tests lower them to check the guards. */
export interface DecodeOptions {
  maxFileBytes?: number;
  /** The whole unpacked text. */
  maxJsonBytes?: number;
  /** One line of a framed file, or a whole unframed (v0–v2) document. */
  maxLineBytes?: number;
  /** Called with the reader once it is done (tests read `longestLine`). */
  onRead?: (reader: TownTextReader) => void;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Gunzips as a stream (with size caps against decompression bombs) and parses line by line. */
function unpack(bytes: Uint8Array, opts: DecodeOptions): unknown {
  const maxFile = opts.maxFileBytes ?? LIMITS.MAX_FILE_BYTES;
  if (bytes.length > maxFile)
    throw new TownFileError(
      'too-large',
      `The file is too large to be a town (over ${mb(maxFile)}).`,
    );
  if (bytes.length === 0) throw new TownFileError('not-town-file', 'The file is empty.');
  const reader = new TownTextReader({
    maxTotalBytes: opts.maxJsonBytes ?? LIMITS.MAX_JSON_BYTES,
    maxLineBytes: opts.maxLineBytes ?? LIMITS.MAX_LINE_BYTES,
  });
  const isGzip = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  if (!isGzip) {
    // An unpacked file (someone gunzipped it to look inside) is still welcome.
    const head = new TextDecoder().decode(bytes.subarray(0, 16)).replace(/^\uFEFF/, '');
    if (!head.trimStart().startsWith('{'))
      throw new TownFileError(
        'not-town-file',
        'Not a Generative Town file: the file is truncated or not gzip-compressed.',
      );
    for (let i = 0; i < bytes.length; i += INPUT_SLICE)
      reader.push(bytes.subarray(i, i + INPUT_SLICE));
    const doc = reader.end();
    opts.onRead?.(reader);
    return doc;
  }
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    reader.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < bytes.length; i += INPUT_SLICE)
      gunzip.push(bytes.subarray(i, i + INPUT_SLICE), i + INPUT_SLICE >= bytes.length);
  } catch (err) {
    if (err instanceof TownFileError) throw err;
    throw new TownFileError(
      'damaged',
      'The file is truncated or not gzip: it could not be decompressed.',
    );
  }
  // A stream cut at a block boundary can inflate "fine": the gzip trailer's size tells.
  if (!ended || !trailerSizeMatches(bytes, reader.bytesRead))
    throw new TownFileError('damaged', 'The file is truncated: it ends before the town does.');
  const doc = reader.end();
  opts.onRead?.(reader);
  return doc;
}

/** Whether the gzip trailer (ISIZE: unpacked length mod 2³², last 4 bytes) matches. */
function trailerSizeMatches(bytes: Uint8Array, unpacked: number): boolean {
  if (bytes.length < 18) return false;
  const n = bytes.length;
  const size =
    (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
  return size === unpacked % 2 ** 32;
}

/**
 * Validates an already-parsed town document (any supported version) and returns it migrated to the
 * current version. Throws `TownFileError`.
 */
export function parseTownJson(json: unknown): { file: TownFile; migratedFrom?: number } {
  assertSafeJson(json);
  const version = versionOf(json);
  if (version === null) throw new TownFileError('not-town-file', 'Not a Generative Town file.');
  if (version > TOWN_FILE_VERSION)
    throw new TownFileError(
      'newer-version',
      `Saved with a newer version (${version}) than this app supports (${TOWN_FILE_VERSION}). Update the app to open it.`,
    );
  const current = version < TOWN_FILE_VERSION ? migrateToCurrent(json, version) : json;
  const file = validate(current);
  return version < TOWN_FILE_VERSION ? { file, migratedFrom: version } : { file };
}

function validate(json: unknown): TownFile {
  const result = TownFileSchema.safeParse(json);
  if (!result.success) {
    const { path, text } = describeIssue(result.error.issues[0], json);
    throw new TownFileError('invalid', `Invalid town file: ${text}`, path);
  }
  checkAgainstMap(json as TownFile);
  checkMapIdentity((json as TownFile).scenario);
  // Keep the parsed JSON itself, not zod's copy: same key order, so the world hashes the same.
  const file = json as TownFile;
  return { ...file, mind: sanitizeMind(file.mind) } as TownFile;
}

/** Cross-checks a schema cannot express: every tile must lie on the map. */
function checkAgainstMap(file: TownFile): void {
  const tiles = file.scenario.map.width * file.scenario.map.height;
  const check = (state: WorldState | undefined, root: string) => {
    state?.agents.forEach((a, i) => {
      const bad = a.tile >= tiles ? 'tile' : a.path.some((t) => t >= tiles) ? 'path' : null;
      if (bad)
        throw new TownFileError(
          'invalid',
          `Invalid town file: ${root}.agents[${i}].${bad}: lies outside the ${file.scenario.map.width}×${file.scenario.map.height} map`,
          `${root}.agents[${i}].${bad}`,
        );
    });
  };
  check(file.initial, 'initial');
  check(file.world, 'world');
}

/** Field names that look like credentials (compared without case, dashes or underscores). */
function isKeyLikeName(name: string): boolean {
  const n = name.toLowerCase().replace(/[-_\s]/g, '');
  return (
    n === 'key' ||
    n === 'auth' ||
    n === 'authorization' ||
    n === 'bearer' ||
    n.startsWith('credential') ||
    /(apikey|secret|token|password|passwd)$/.test(n)
  );
}

/** Values that look like credentials (OpenAI-style keys, bearer tokens, JWTs). */
const KEY_VALUE = /^(sk|rk|pk)-[\w-]{16,}|^Bearer\s|^eyJ[\w-]+\.[\w-]+\./;

/**
 * Keeps only `kind` and a harmless `model` name: whatever else a mind config holds (API key, base
 * URL with credentials, headers) never travels in a town file.
 */
export function sanitizeMind(mind: unknown): MindInfo | undefined {
  if (!mind || typeof mind !== 'object') return undefined;
  const m = mind as Record<string, unknown>;
  const kind = m.kind === 'llm' ? 'llm' : m.kind === 'offline' ? 'offline' : undefined;
  if (!kind) return undefined;
  const model =
    typeof m.model === 'string' &&
    m.model.length <= LIMITS.MAX_NAME_CHARS &&
    !KEY_VALUE.test(m.model)
      ? m.model
      : undefined;
  return model ? { kind, model } : { kind };
}

/** Removes credential-like fields anywhere in a value (used on map JSON from outside). */
export function stripKeyLikeFields<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (k, v: unknown) =>
      (k && isKeyLikeName(k)) || (typeof v === 'string' && KEY_VALUE.test(v)) ? undefined : v,
    ),
  ) as T;
}
