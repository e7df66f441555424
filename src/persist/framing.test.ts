import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Engine } from '../sim/engine';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { encodeTownFileAsync } from './encodeAsync';
import type { TownFile } from './format';
import { PART_NAMES, PART_PLACEHOLDER } from './framing';
import { TownRecorder } from './recorder';
import { recordSmallTown, type LiveRun } from './testing/liveTown';
import { townFileFromEngine } from './town';
import { decodeTownFile, encodeTownFile, encodeTownJson, sanitizeMind } from './townFile';

let live: LiveRun;
/** A town of many agents (copies of the small town's people). */
let crowd: TownFile;
beforeAll(async () => {
  live = await recordSmallTown({ scale: 0.5 });
  const scenario = smallScenario();
  const engine = new Engine(createWorld(scenario, { seed: 5, agents: 40 }), new OfflineMind());
  const recorder = new TownRecorder(engine);
  for (let i = 0; i < 300; i++) await engine.tick();
  crowd = townFileFromEngine(engine, recorder, {
    name: 'Crowd',
    savedAt: '2025-01-01T00:00:00.000Z',
    scenario,
    mind: { kind: 'offline' },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The JSON text a single `JSON.stringify` writes for a file (what decoding must give back). */
const expected = (file: TownFile) => JSON.stringify({ ...file, mind: sanitizeMind(file.mind) });

const linesOf = (bytes: Uint8Array) => strFromU8(gunzipSync(bytes)).split('\n');
const pack = (lines: string[]) => gzipSync(strToU8(lines.join('\n')));

function errorOf(bytes: Uint8Array): string {
  const result = decodeTownFile(bytes);
  if (result.ok) throw new Error('expected the file to be rejected');
  expect(result.error.name).toBe('TownFileError');
  return result.error.message;
}

describe('framed town files (v3)', () => {
  it('round-trips exactly: same content and key order, whatever the part size', async () => {
    for (const partChars of [1, 5_000, undefined]) {
      const bytes = encodeTownFile(live.file, { partChars });
      const decoded = decodeTownFile(bytes);
      if (!decoded.ok) throw decoded.error;
      expect(JSON.stringify(decoded.file)).toBe(expected(live.file));
      const sliced = await encodeTownFileAsync(live.file, {
        partChars,
        yieldToHost: async () => {},
      });
      expect(strFromU8(gunzipSync(sliced))).toBe(strFromU8(gunzipSync(bytes)));
    }
  });

  it('writes the first line, one line per part chunk and a closing count', () => {
    const lines = linesOf(encodeTownFile(crowd, { partChars: 1 }));
    expect(lines[0]).toMatch(/^\{"schemaVersion":3,"kind":"generative-town",.*"\$parts":\[$/);
    expect(lines[0]).toContain(`"agents":"${PART_PLACEHOLDER}"`);
    const parts = lines.slice(1, -2);
    expect(parts.filter((l) => l.startsWith('["world.agents",'))).toHaveLength(40);
    expect(lines.at(-2)).toBe(`],"$lines":${parts.length}}`);
    expect(lines.at(-1)).toBe('');
    // The whole text is also one valid JSON document; read whole, it assembles the same.
    const whole = JSON.stringify(JSON.parse(lines.join('\n')));
    const decoded = decodeTownFile(strToU8(whole));
    if (!decoded.ok) throw decoded.error;
    expect(JSON.stringify(decoded.file)).toBe(expected(crowd));
  });

  it('never holds a string longer than about one agent, writing or reading a crowd', () => {
    const agentChars = crowd.world.agents.map((a) => JSON.stringify(a).length);
    const oneAgent = Math.max(...agentChars);
    const total = expected(crowd).length;
    expect(total).toBeGreaterThan(20 * oneAgent);
    const bound = oneAgent + 100;

    const written: number[] = [];
    const stringify = JSON.stringify;
    vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof stringify>) => {
      const text = stringify(...args);
      written.push(text?.length ?? 0);
      return text;
    });
    const bytes = encodeTownFile(crowd, { partChars: 1 });
    vi.mocked(JSON.stringify).mockRestore();
    const head = linesOf(bytes)[0].length;
    expect(Math.max(...written)).toBeLessThanOrEqual(Math.max(head, bound));

    const parsed: number[] = [];
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((...args: Parameters<typeof parse>) => {
      parsed.push(args[0].length);
      return parse(...args) as unknown;
    });
    let longestLine = 0;
    const decoded = decodeTownFile(bytes, {
      maxLineBytes: Math.max(head, bound),
      onRead: (r) => (longestLine = r.longestLine),
    });
    vi.mocked(JSON.parse).mockRestore();
    if (!decoded.ok) throw decoded.error;
    expect(JSON.stringify(decoded.file)).toBe(expected(crowd));
    expect(parsed.length).toBeGreaterThan(40);
    expect(Math.max(...parsed)).toBeLessThanOrEqual(Math.max(head, bound));
    expect(longestLine).toBeLessThanOrEqual(Math.max(head, bound));

    // The same limit refuses the town written as one document (as v2 did), and a part too big.
    const asOneDocument = gzipSync(strToU8(expected(crowd)));
    const refused = decodeTownFile(asOneDocument, { maxLineBytes: Math.max(head, bound) });
    expect(!refused.ok && refused.error.problem).toBe('too-large');
    const small = decodeTownFile(bytes, { maxLineBytes: Math.min(...agentChars) - 1 });
    expect(!small.ok && small.error.message).toMatch(
      /^The town is too large to open \((a part of it is )?over \d+ [KM]B unpacked\)\.$/,
    );
  });

  it('the frozen v3 fixture is framed', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('./fixtures/town-v3.json.gz', import.meta.url)),
    );
    const lines = linesOf(bytes);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines[0].endsWith('"$parts":[')).toBe(true);
  });
});

describe('damaged framed files', () => {
  /** The crowd's file as lines, one agent per line. */
  const lines = () => linesOf(encodeTownFile(crowd, { partChars: 1 }));
  const agentLine = (ls: string[]) => ls.findIndex((l) => l.startsWith('["world.agents",'));

  const cases: [string, () => Uint8Array, RegExp][] = [
    [
      'a corrupted line',
      () => {
        const ls = lines();
        const i = agentLine(ls);
        ls[i] = ls[i].replace('"facing":', '"facing"');
        return pack(ls);
      },
      /^The file is damaged: line \d+ is not valid JSON\.$/,
    ],
    [
      'a corrupted first line',
      () => {
        const ls = lines();
        ls[0] = ls[0].replace('"world":{', '"world":{{');
        return pack(ls);
      },
      /^The file is damaged: its first line is not valid JSON\.$/,
    ],
    [
      'a lost line',
      () => {
        const ls = lines();
        ls.splice(agentLine(ls), 1);
        return pack(ls);
      },
      /^The file is damaged: it has \d+ parts of the town where \d+ were written\.$/,
    ],
    [
      'a lost part, count adjusted',
      () => {
        const ls = lines().filter((l) => !l.startsWith('["initial.agents",'));
        ls[ls.length - 2] = `],"$lines":${ls.length - 3}}`;
        return pack(ls);
      },
      /^The file is damaged: initial\.agents is missing\.$/,
    ],
    [
      'a file cut after a complete line',
      () => pack(lines().slice(0, 10)),
      /^The file is truncated: it ends before the town does\.$/,
    ],
    [
      'an unknown part',
      () => {
        const ls = lines();
        ls.splice(2, 0, '["world.rng",[1]],');
        return pack(ls);
      },
      /^The file is damaged: line 3 holds an unknown part "world\.rng"\.$/,
    ],
    [
      'a part the first line does not expect',
      () => {
        const ls = lines();
        // The first "agents" of the first line is the initial world's.
        ls[0] = ls[0].replace(`"agents":"${PART_PLACEHOLDER}"`, '"agents":[]');
        return pack(ls);
      },
      /^The file is damaged: line \d+ holds initial\.agents, which the first line does not expect\.$/,
    ],
    [
      'a part of the wrong kind',
      () => {
        const ls = lines();
        const i = agentLine(ls);
        ls[i] = '["world.agents",{"x":1}],';
        return pack(ls);
      },
      /^The file is damaged: line \d+: world\.agents should be a list\.$/,
    ],
    [
      'text after the end',
      () => pack([...lines().slice(0, -1), '["world.agents",[]]', '']),
      /^The file is damaged: line \d+ follows the end of the town\.$/,
    ],
    [
      'a broken end',
      () => {
        const ls = lines();
        ls[ls.length - 2] = '],"$lines":"many"}';
        return pack(ls);
      },
      /^The file is damaged: line \d+ is not a valid end of a town file\.$/,
    ],
    [
      'bad UTF-8 in a line',
      () => {
        const ls = lines();
        const bytes = strToU8(ls.join('\n'));
        const at = strToU8(ls.slice(0, agentLine(ls)).join('\n')).length + 30;
        bytes[at] = 0xff;
        return gzipSync(bytes);
      },
      /^The file is damaged: its text is not valid UTF-8\.$/,
    ],
  ];
  for (const [what, make, message] of cases)
    it(`explains ${what}`, () => {
      expect(errorOf(make())).toMatch(message);
    });

  it('checks every part name it accepts against the schema afterwards', () => {
    // A "__proto__" field in a record part stays a plain field and is refused by the safety walk.
    const doc = JSON.parse(JSON.stringify(live.file));
    doc.tape.answers = { op1: 1 };
    const ls = linesOf(encodeTownJson(doc)).map((l) =>
      l.startsWith('["tape.answers",') ? '["tape.answers",{"__proto__":{"x":1}}],' : l,
    );
    expect(errorOf(pack(ls))).toMatch(/tape\.answers: forbidden field name "__proto__"$/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(PART_NAMES).toContain('tape.answers');
  });
});
