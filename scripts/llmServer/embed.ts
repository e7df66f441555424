/** Dimension of the test server's embeddings (differs from the offline embedder's on purpose). */
export const TEST_EMBED_DIM = 64;

function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Deterministic unit vector: hashed bag of words, so similar texts get similar vectors. */
export function testEmbedding(text: string, dims = TEST_EMBED_DIM): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const w of text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((x) => x.length > 2)) {
    v[fnv(w, 0x811c9dc5) % dims] += fnv(w, 0x1b873593) & 1 ? 1 : -1;
  }
  v[fnv(text, 7) % dims] += 0.01; // never all zeros
  const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

/** Base64 of Float32 values (the SDK's default `encoding_format`). */
export function toBase64(v: number[]): string {
  return Buffer.from(new Float32Array(v).buffer).toString('base64');
}
