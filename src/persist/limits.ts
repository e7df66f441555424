/**
 * Upper bounds for anything read from a town file. They are far above what a real town reaches
 * (a 25-agent town after a game week is ~43 MB of JSON) and exist so that a truncated, corrupted
 * or hostile file is rejected with a clear message instead of exhausting memory or stalling a loop.
 */
export const LIMITS = {
  /** Compressed file size (a 1,000-person town is ~56 MB after one game day). */
  MAX_FILE_BYTES: 1024 * 1024 * 1024,
  /**
   * Decompressed text, all of it (a 1,000-person town is ~860 MB after one game day). Read line by
   * line (v3 on), so it may exceed a string's length.
   */
  MAX_JSON_BYTES: 8 * 1024 * 1024 * 1024,
  /**
   * One line of a framed (v3) file, or a whole v0–v2 file (parsed as one string): stays below V8's
   * maximum string length (~512 M characters).
   */
  MAX_LINE_BYTES: 400 * 1024 * 1024,
  /** Nesting depth of the JSON (real files nest about 10 deep). */
  MAX_DEPTH: 64,
  /** One string (the largest are the base64 embedding matrices of long-lived agents). */
  MAX_STRING_CHARS: 128 * 1024 * 1024,
  /** Free text: descriptions, utterances, persona background. */
  MAX_TEXT_CHARS: 100_000,
  /** Ids, names, emoji, place names. */
  MAX_NAME_CHARS: 1_000,
  MAX_AGENTS: 1_000,
  /** Generic list length (memories per agent, conversation lines, tape entries …). */
  MAX_LIST: 2_000_000,
  MAX_EMBEDDING_DIM: 8_192,
  /** Map side in tiles and total tiles. */
  MAX_MAP_SIDE: 2_000,
  MAX_MAP_TILES: 1_000_000,
  MAX_TILE_PX: 1_024,
  MAX_MAP_LAYERS: 256,
  MAX_REGIONS: 100_000,
  /** Largest step (about 270 years of game time); ids and counters use the same bound. */
  MAX_STEP: 1e9,
  MAX_COUNTER: Number.MAX_SAFE_INTEGER,
  /** A thumbnail data URL. */
  MAX_THUMBNAIL_CHARS: 512 * 1024,
} as const;
