const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const CODES = new Uint8Array(64);
for (let i = 0; i < 64; i++) CODES[i] = ALPHABET.charCodeAt(i);
const PAD = 61; // '='
const ASCII = new TextDecoder();

/** The alphabet's code of a 6-bit value (masked: always one of the 64). */
function code(sixBits: number): number {
  return CODES[sixBits & 63]!;
}

/**
 * Base64 of raw bytes; no platform globals so it runs the same in Node, browser and worker.
 * Writes into a byte buffer and decodes it once: string concatenation was most of a save's time.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  // Byte reads below stay under bytes.length (the loop and `rest` bounds).
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = code(n >> 18);
    out[o++] = code(n >> 12);
    out[o++] = code(n >> 6);
    out[o++] = code(n);
  }
  const rest = bytes.length - i;
  if (rest) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = code(n >> 18);
    out[o++] = code(n >> 12);
    out[o++] = rest === 2 ? code(n >> 6) : PAD;
    out[o] = PAD;
  }
  return ASCII.decode(out);
}

/** The 6-bit value of a character at `i` (0 past the end or outside the alphabet). */
function valueAt(text: string, i: number): number {
  return LOOKUP[text.charCodeAt(i)] ?? 0;
}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (valueAt(clean, i) << 18) |
      (valueAt(clean, i + 1) << 12) |
      ((i + 2 < clean.length ? valueAt(clean, i + 2) : 0) << 6) |
      (i + 3 < clean.length ? valueAt(clean, i + 3) : 0);
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
