import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OfflineMind } from '../../minds/offline';
import { remember } from '../../sim/cognition/recall';
import { STEPS_PER_HOUR } from '../../sim/clock';
import { Engine } from '../../sim/engine';
import { smallScenario } from '../../sim/testing/smallTown';
import { createWorld, type World } from '../../sim/world/world';
import { OccupancyRecorder } from '../series';
import { buildDataFiles, dataTables, type DataManifest } from '.';
import { LIST_SEPARATOR } from './csv';
import { CONVERSATION_COLUMNS, MEMORY_COLUMNS, PEOPLE_COLUMNS } from './tables';
import { csvRecords } from './testing/parseCsv';

const TRICKY = 'Well, "honestly" —\nI said =SUM(A1) at the café, twice.';

/** The small town after a day and a half of the offline mind, with some awkward agent text. */
async function ranTown(): Promise<{ world: World; occupancy: OccupancyRecorder }> {
  const world = createWorld(smallScenario(), { seed: 3 });
  const engine = new Engine(world, new OfflineMind());
  const occupancy = new OccupancyRecorder();
  for (let i = 0; i < 36 * STEPS_PER_HOUR; i++) {
    await engine.tick();
    occupancy.observe(world);
  }
  remember(world, world.agents[0], { type: 'thought', description: TRICKY });
  world.conversations.push({
    id: 'c-test',
    participants: [world.agents[0].id, world.agents[1].id],
    startStep: world.step - 10,
    endStep: world.step,
    place: 'a place, with a comma',
    lines: [
      { speakerId: world.agents[0].id, text: TRICKY, step: world.step - 8 },
      { speakerId: world.agents[1].id, text: 'not heard yet', step: world.step + 50 },
    ],
  });
  return { world, occupancy };
}

describe('data export', () => {
  let world: World;
  let files: Record<string, string>;
  const rows = (name: string) => csvRecords(files[`${name}.csv`]!);

  beforeAll(async () => {
    const ran = await ranTown();
    world = ran.world;
    files = buildDataFiles(world, {
      townName: 'Test town',
      occupancy: ran.occupancy.samples(world.time.day, world.step),
    });
  }, 120_000);

  it('writes a CSV and a JSON file per table, and a manifest that lists them', () => {
    const manifest = JSON.parse(files['manifest.json']!) as DataManifest;
    expect(manifest).toMatchObject({ town: 'Test town', step: world.step, day: 2, people: 3 });
    const names = manifest.files.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['people', 'memories', 'told_by', 'series_knowers']),
    );
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', ...names.flatMap((n) => [`${n}.csv`, `${n}.json`])].sort(),
    );
    for (const f of manifest.files) {
      const csv = rows(f.name);
      expect(csv.header, f.name).toEqual(f.columns);
      expect(csv.records.length, f.name).toBe(f.rows);
      const json = JSON.parse(files[`${f.name}.json`]!) as { columns: string[]; data: unknown[][] };
      expect(json.columns).toEqual(f.columns);
      expect(json.data.length, f.name).toBe(f.rows);
    }
  });

  it('matches the town: one row per person, memory, spoken line and relationship', () => {
    expect(rows('people').header).toEqual([...PEOPLE_COLUMNS]);
    expect(rows('people').records.map((r) => r.id)).toEqual(world.agents.map((a) => a.id));
    expect(rows('memories').header).toEqual([...MEMORY_COLUMNS]);
    const memories = world.agents.reduce((n, a) => n + a.memory.nodes.length, 0);
    expect(rows('memories').records.length).toBe(memories);
    expect(rows('conversations').header).toEqual([...CONVERSATION_COLUMNS]);
    const spoken = world.conversations.reduce(
      (n, c) => n + c.lines.filter((l) => l.step <= world.step).length,
      0,
    );
    expect(world.conversations.length).toBeGreaterThan(1);
    expect(rows('conversations').records.length).toBe(spoken);
    const rels = world.agents.reduce((n, a) => n + Object.keys(a.s.relationships).length, 0);
    expect(rows('relationships').records.length).toBe(rels);
  });

  it('keeps agent text intact through CSV quoting, and numbers as numbers', () => {
    const line = rows('conversations').records.find((r) => r.conversationId === 'c-test')!;
    expect(line.text).toBe(TRICKY);
    expect(line.place).toBe('a place, with a comma');
    expect(line.listenerId).toBe(world.agents[1].id);
    const memory = rows('memories').records.find((r) => r.description === TRICKY);
    expect(memory?.kind).toBe('inner');
    expect(memory?.createdDay).toBe('2');
    const json = JSON.parse(files['conversations.json']!) as {
      columns: string[];
      data: unknown[][];
    };
    const step = json.columns.indexOf('step');
    expect(typeof json.data[0]![step]).toBe('number');
    expect(files['conversations.csv']).toContain('"Well, ""honestly"" —\n');
  });

  it('rebuilds talks per day from the conversation memories, ending at the state now', () => {
    const daily = rows('relationships_daily').records;
    const days = [...new Set(daily.map((r) => Number(r.day)))];
    expect(days).toEqual([1, 2]);
    for (const a of world.agents)
      for (const [other, r] of Object.entries(a.s.relationships)) {
        const today = daily.find((d) => d.day === '2' && d.agentId === a.id && d.otherId === other);
        expect(Number(today?.timesTalked), `${a.id}→${other}`).toBe(r.timesTalked);
        const yesterday = daily.find(
          (d) => d.day === '1' && d.agentId === a.id && d.otherId === other,
        );
        if (yesterday) expect(Number(yesterday.timesTalked)).toBeLessThanOrEqual(r.timesTalked);
      }
    expect(
      world.agents.some((a) => Object.values(a.s.relationships).some((r) => r.timesTalked > 0)),
    ).toBe(true);
  });

  it('exports the told-by edges and every dashboard series', () => {
    const told = rows('told_by').records;
    expect(told.length).toBeGreaterThan(0);
    for (const e of told) {
      expect(world.agent(e.toId)?.memory.nodes.some((n) => n.source === e.fromId)).toBe(true);
      expect(Number(e.hop)).toBeGreaterThan(0);
    }
    const knowers = rows('series_knowers').records;
    expect(knowers.length).toBeGreaterThan(24);
    expect(Number(knowers[0]!.told)).toBe(1);
    expect(rows('series_density').records.length).toBe(knowers.length);
    const perHour = rows('series_conversations').records;
    const total = perHour.reduce((n, r) => n + Number(r.conversations), 0);
    expect(total).toBe(world.conversations.length);
    const occupancy = rows('series_occupancy').records;
    expect(new Set(occupancy.map((r) => r.hour)).size).toBeGreaterThan(6);
  });

  it('gives the same bytes for the same world', () => {
    expect(buildDataFiles(world, { townName: 'Test town' })).toEqual(
      buildDataFiles(world, { townName: 'Test town' }),
    );
  });
});

describe('docs/data.md', () => {
  it('describes every file and column', () => {
    const docs = readFileSync(new URL('../../../docs/data.md', import.meta.url), 'utf8');
    const sections = docs.split(/^## /m);
    const world = createWorld(smallScenario(), { seed: 1 });
    for (const t of dataTables(world)) {
      const section = sections.find((s) => s.startsWith(`${t.name}.csv`));
      expect(section, `a "## ${t.name}.csv" section`).toBeDefined();
      for (const c of t.columns) expect(section, `${t.name}.${c}`).toContain(`\`${c}\``);
    }
    expect(docs).toContain(`"${LIST_SEPARATOR}"`);
  });
});
