import { describe, expect, it } from 'vitest';
import { embedText } from '../../minds/offline/embed';
import { STEPS_PER_HOUR } from '../clock';
import { retrieve } from './retrieve';
import { MemoryStream } from './stream';

function stream(): MemoryStream {
  const s = new MemoryStream();
  const add = (description: string, importance: number, created: number) => {
    const n = s.add({
      type: 'event',
      description,
      importance,
      created,
      lastAccessed: created,
      keywords: [],
      evidence: [],
    });
    s.setEmbedding(n.id, embedText(description));
    return n;
  };
  add('Mila is brewing coffee at the café', 2, 0);
  add('The town council announced an election for mayor', 8, 10);
  add('I ate breakfast in the kitchen', 1, 20 * STEPS_PER_HOUR);
  add('Victor said he is running for mayor', 7, 30 * STEPS_PER_HOUR);
  return s;
}

describe('retrieve', () => {
  it('ranks by relevance, importance and recency, normalised to 0–1', () => {
    const s = stream();
    const res = retrieve(s, {
      now: 31 * STEPS_PER_HOUR,
      k: 2,
      query: embedText('who runs for mayor?'),
    });
    expect(res.map((r) => r.node.description)).toEqual([
      'Victor said he is running for mayor',
      'The town council announced an election for mayor',
    ]);
    for (const r of res) {
      for (const v of [r.recency, r.importance, r.relevance]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      expect(r.score).toBeCloseTo(r.recency + r.importance + r.relevance, 10);
    }
    expect(res[0].score).toBeGreaterThanOrEqual(res[1].score);
  });

  it('uses 0.995 per game hour for recency and honours weights', () => {
    const s = stream();
    const onlyRecency = retrieve(s, {
      now: 40 * STEPS_PER_HOUR,
      k: 4,
      query: null,
      weights: { recency: 1, importance: 0, relevance: 0 },
    });
    expect(onlyRecency[0].node.description).toBe('Victor said he is running for mayor');
    expect(onlyRecency[onlyRecency.length - 1].node.description).toBe(
      'Mila is brewing coffee at the café',
    );
    const onlyImportance = retrieve(s, {
      now: 40 * STEPS_PER_HOUR,
      k: 1,
      query: null,
      weights: { recency: 0, importance: 1, relevance: 0 },
    });
    expect(onlyImportance[0].node.importance).toBe(8);
  });

  it('updates last access only when asked to', () => {
    const s = stream();
    const now = 50 * STEPS_PER_HOUR;
    retrieve(s, { now, k: 1, query: embedText('coffee'), touch: false });
    expect(s.nodes.every((n) => n.lastAccessed !== now)).toBe(true);
    const [top] = retrieve(s, { now, k: 1, query: embedText('coffee'), touch: true });
    expect(top.node.lastAccessed).toBe(now);
  });

  it('returns the true top k for many memories', () => {
    const s = new MemoryStream();
    for (let i = 0; i < 500; i++) {
      const n = s.add({
        type: 'event',
        description: `event ${i}`,
        importance: ((i * 7) % 10) + 1,
        created: i,
        lastAccessed: i,
        keywords: [],
        evidence: [],
      });
      s.setEmbedding(n.id, embedText(`event ${i % 13}`));
    }
    const q = embedText('event 3');
    const top = retrieve(s, { now: 600, k: 10, query: q });
    const all = retrieve(s, { now: 600, k: 500, query: q });
    expect(top.map((r) => r.node.id)).toEqual(all.slice(0, 10).map((r) => r.node.id));
  });

  it('round-trips its state including embeddings', () => {
    const s = stream();
    const copy = new MemoryStream();
    copy.setState(JSON.parse(JSON.stringify(s.getState())));
    const q = embedText('mayor election');
    const a = retrieve(s, { now: 100, k: 4, query: q });
    const b = retrieve(copy, { now: 100, k: 4, query: q });
    expect(b.map((r) => [r.node.id, r.score])).toEqual(a.map((r) => [r.node.id, r.score]));
  });
});

describe('base64', () => {
  it('round-trips bytes of every length modulo 3', async () => {
    const { base64ToBytes, bytesToBase64 } = await import('./base64');
    for (const len of [0, 1, 2, 3, 4, 5, 1000]) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 37 + 11) & 255);
      const text = bytesToBase64(bytes);
      expect(text.length).toBe(Math.ceil(len / 3) * 4);
      expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
    }
    expect(bytesToBase64(new Uint8Array([77, 97, 110]))).toBe('TWFu');
    expect(bytesToBase64(new Uint8Array([77]))).toBe('TQ==');
  });
});
