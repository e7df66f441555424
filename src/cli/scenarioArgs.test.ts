import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritable } from './scenarioArgs';

describe('checkWritable', () => {
  it('makes the folder and leaves nothing behind', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gt-')), 'a', 'b');
    checkWritable(join(dir, 'out.json'), '--out');
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('names the flag and the path when it cannot write', () => {
    expect(() => checkWritable('/dev/null/x/out.json', '--out')).toThrow(
      /Cannot write --out "\/dev\/null\/x\/out.json"/,
    );
  });
});
