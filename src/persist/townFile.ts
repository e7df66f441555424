import { errorText } from '../sim/text';
import { Gunzip, gzipSync } from 'fflate';
import type { WorldState } from '../sim/world/world';
import { TownFileError, describeIssue } from './errors';
import { TOWN_FILE_VERSION, type MindInfo, type TownFile } from './format';
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

/**
 * Serialises and gzips a town. Synchronous; in the app it runs in the worker. `level` trades size
 * for time (fflate: 1 fastest … 9 smallest).
 */
export function encodeTownFile(file: TownFile, opts: { level?: 1 | 3 | 6 | 9 } = {}): Uint8Array {
  const json = JSON.stringify({ ...file, mind: sanitizeMind(file.mind) });
  return gzipSync(new TextEncoder().encode(json), { level: opts.level ?? 6 });
}

/**
 * Reads a town file: gunzip (plain JSON is accepted too), safety walk, migration of older versions,
 * then validation. Never throws; every failure is a `TownFileError` with a readable message.
 */
export function decodeTownFile(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  try {
    return { ok: true, ...parseTownJson(JSON.parse(unpack(bytes, opts))) };
  } catch (err) {
    if (err instanceof TownFileError) return { ok: false, error: err };
    if (err instanceof SyntaxError)
      return {
        ok: false,
        error: new TownFileError('damaged', 'The file is damaged: its content is not valid JSON.'),
      };
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
  maxJsonBytes?: number;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Gunzips (with a size cap against decompression bombs) and decodes UTF-8. */
function unpack(bytes: Uint8Array, opts: DecodeOptions): string {
  const maxFile = opts.maxFileBytes ?? LIMITS.MAX_FILE_BYTES;
  const maxJson = opts.maxJsonBytes ?? LIMITS.MAX_JSON_BYTES;
  const tooLarge = () =>
    new TownFileError('too-large', `The town is too large to open (over ${mb(maxJson)} unpacked).`);
  if (bytes.length > maxFile)
    throw new TownFileError(
      'too-large',
      `The file is too large to be a town (over ${mb(maxFile)}).`,
    );
  if (bytes.length === 0) throw new TownFileError('not-town-file', 'The file is empty.');
  const isGzip = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  if (!isGzip) {
    // An unpacked file (someone gunzipped it to look inside) is still welcome.
    const head = new TextDecoder().decode(bytes.subarray(0, 16)).replace(/^\uFEFF/, '');
    if (!head.trimStart().startsWith('{'))
      throw new TownFileError(
        'not-town-file',
        'Not a Generative Town file: the file is truncated or not gzip-compressed.',
      );
    if (bytes.length > maxJson) throw tooLarge();
    return utf8(bytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > maxJson) throw tooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    gunzip.push(bytes, true);
  } catch (err) {
    if (err instanceof TownFileError) throw err;
    throw new TownFileError(
      'damaged',
      'The file is truncated or not gzip: it could not be decompressed.',
    );
  }
  // A stream cut at a block boundary can inflate "fine": the gzip trailer's size tells.
  if (!ended || !trailerSizeMatches(bytes, total))
    throw new TownFileError('damaged', 'The file is truncated: it ends before the town does.');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return utf8(out);
}

/** Whether the gzip trailer (ISIZE: unpacked length mod 2³², last 4 bytes) matches. */
function trailerSizeMatches(bytes: Uint8Array, unpacked: number): boolean {
  if (bytes.length < 18) return false;
  const n = bytes.length;
  const size =
    (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
  return size === unpacked % 2 ** 32;
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TownFileError('damaged', 'The file is damaged: its text is not valid UTF-8.');
  }
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
