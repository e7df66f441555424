/**
 * Checks the generated default town (src/scenarios/default/town.json) against the map
 * conventions in docs/maps.md. Regenerate with `npx tsx scripts/gen-map.ts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface TiledObject {
  id: number;
  name: string;
  type?: string;
  class?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  point?: boolean;
  properties?: { name: string; type?: string; value: unknown }[];
}

interface TiledLayer {
  name: string;
  type: string;
  visible: boolean;
  width?: number;
  height?: number;
  data?: number[];
  objects?: TiledObject[];
}

interface TiledMap {
  type: string;
  orientation: string;
  renderorder: string;
  width: number;
  height: number;
  tilewidth: number;
  tileheight: number;
  infinite: boolean;
  layers: TiledLayer[];
  tilesets: Record<string, unknown>[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const map = JSON.parse(
  readFileSync(join(root, 'src', 'scenarios', 'default', 'town.json'), 'utf8'),
) as TiledMap;

const HOME_BEDROOMS: Record<string, number> = {
  'Moreno House': 3,
  'Okafor House': 2,
  'Hale House': 2,
  'Nakamura House': 3,
  'Brennan House': 2,
  'Petrov House': 2,
  'Adeyemi House': 2,
  'Castillo House': 2,
  'Whitfield Cottage': 1,
  'Kowalski House': 2,
  'Haddad House': 2,
  'Sullivan House': 2,
};

/** sector → arena → objects */
const REQUIRED: Record<string, Record<string, string[]>> = {
  'Maple Café': {
    café: ['counter', 'coffee machine', 'stove', 'table 1', 'table 2', 'table 3', 'table 4'],
  },
  'Oak Hill College': {
    classroom: ['lectern', 'blackboard', 'desk 1', 'desk 2', 'desk 3', 'desk 4'],
    'faculty office': ['desk', 'bookshelf'],
    'common room': ['sofa', 'table'],
  },
  'Willow Market': {
    grocery: ['shelf 1', 'shelf 2', 'checkout counter'],
    pharmacy: ['pharmacy counter', 'medicine shelf'],
  },
  'Rusty Anchor Bar': { bar: ['bar counter', 'table 1', 'table 2', 'piano'] },
  'Town Park': { park: ['bench 1', 'bench 2', 'fountain', 'garden bed', 'picnic table'] },
  'Town Hall': {
    library: ['bookshelf 1', 'bookshelf 2', 'reading table'],
    'council office': ['desk', 'meeting table'],
  },
  'Harbor Hardware': { shop: ['shelf', 'counter', 'workbench'] },
};
for (const [home, n] of Object.entries(HOME_BEDROOMS)) {
  REQUIRED[home] = {
    kitchen: ['stove', 'fridge', 'dining table'],
    'living room': ['sofa', 'bookshelf'],
  };
  for (let b = 1; b <= n; b++) REQUIRED[home][`bedroom ${b}`] = ['bed', 'desk'];
}

const SPAWNS: Record<string, [string, number]> = {
  'elena-moreno': ['Moreno House', 1],
  'tomas-moreno': ['Moreno House', 2],
  'lucia-moreno': ['Moreno House', 3],
  'chidi-okafor': ['Okafor House', 1],
  'amara-okafor': ['Okafor House', 2],
  'victor-hale': ['Hale House', 1],
  'june-hale': ['Hale House', 2],
  'kenji-nakamura': ['Nakamura House', 1],
  'yui-nakamura': ['Nakamura House', 2],
  'sora-nakamura': ['Nakamura House', 3],
  'liam-brennan': ['Brennan House', 1],
  'nora-brennan': ['Brennan House', 2],
  'ivan-petrov': ['Petrov House', 1],
  'mila-petrov': ['Petrov House', 2],
  'tunde-adeyemi': ['Adeyemi House', 1],
  'grace-adeyemi': ['Adeyemi House', 2],
  'rosa-castillo': ['Castillo House', 1],
  'diego-castillo': ['Castillo House', 2],
  'harold-whitfield': ['Whitfield Cottage', 1],
  'anna-kowalski': ['Kowalski House', 1],
  'piotr-kowalski': ['Kowalski House', 2],
  'samir-haddad': ['Haddad House', 1],
  'layla-haddad': ['Haddad House', 2],
  'maeve-sullivan': ['Sullivan House', 1],
  'owen-sullivan': ['Sullivan House', 2],
};

const T = map.tilewidth;
const W = map.width;
const H = map.height;
const layer = (name: string) => map.layers.find((l) => l.name === name)!;
const collision = layer('collision').data!;
const walkable = (x: number, y: number) =>
  x >= 0 && y >= 0 && x < W && y < H && collision[y * W + x] === 0;

interface Node {
  obj: TiledObject;
  children: Map<string, Node>;
}

const regions = layer('regions').objects!;
const kind = (o: TiledObject) => o.type ?? o.class;
const centre = (o: TiledObject) => [o.x + o.width / 2, o.y + o.height / 2];
const contains = (o: TiledObject, [x, y]: number[]) =>
  x >= o.x && x < o.x + o.width && y >= o.y && y < o.y + o.height;

/** Build the sector → arena → object tree by geometry (centre containment). */
function hierarchy(): { tree: Map<string, Node>; problems: string[] } {
  const tree = new Map<string, Node>();
  const problems: string[] = [];
  const sectors = regions.filter((o) => kind(o) === 'sector');
  const arenas = regions.filter((o) => kind(o) === 'arena');
  const objects = regions.filter((o) => kind(o) === 'object');
  const arenaNodes = new Map<TiledObject, Node>();
  for (const s of sectors) {
    if (tree.has(s.name)) problems.push(`duplicate sector ${s.name}`);
    tree.set(s.name, { obj: s, children: new Map() });
  }
  for (const a of arenas) {
    const parent = sectors.find((s) => contains(s, centre(a)));
    if (!parent) {
      problems.push(`arena ${a.name} is in no sector`);
      continue;
    }
    const node: Node = { obj: a, children: new Map() };
    const siblings = tree.get(parent.name)!.children;
    if (siblings.has(a.name)) problems.push(`duplicate arena ${parent.name}/${a.name}`);
    siblings.set(a.name, node);
    arenaNodes.set(a, node);
  }
  for (const o of objects) {
    const parent = arenas.find((a) => contains(a, centre(o)));
    if (!parent) {
      problems.push(`object ${o.name} is in no arena`);
      continue;
    }
    const siblings = arenaNodes.get(parent)!.children;
    if (siblings.has(o.name)) problems.push(`duplicate object ${parent.name}/${o.name}`);
    siblings.set(o.name, { obj: o, children: new Map() });
  }
  return { tree, problems };
}

describe('default town map (Tiled JSON)', () => {
  it('is an orthogonal Tiled map with the expected layers and one embedded tileset', () => {
    expect(map.type).toBe('map');
    expect(map.orientation).toBe('orthogonal');
    expect(map.renderorder).toBe('right-down');
    expect(map.infinite).toBe(false);
    expect(map.tilewidth).toBe(32);
    expect(map.tileheight).toBe(32);
    expect(W).toBeLessThanOrEqual(100);
    expect(H).toBeLessThanOrEqual(70);
    const tileLayers = map.layers.filter((l) => l.type === 'tilelayer').map((l) => l.name);
    expect(tileLayers).toEqual(['ground', 'walls', 'furniture', 'foreground', 'collision']);
    for (const l of map.layers.filter((x) => x.type === 'tilelayer')) {
      expect(l.data).toHaveLength(W * H);
    }
    expect(layer('collision').visible).toBe(false);
    expect(layer('regions').type).toBe('objectgroup');
    expect(layer('spawns').type).toBe('objectgroup');
    expect(map.tilesets).toHaveLength(1);
    const ts = map.tilesets[0];
    expect(ts).toMatchObject({
      firstgid: 1,
      name: 'town',
      image: 'tileset.png',
      tilewidth: 32,
      tileheight: 32,
      margin: 0,
      spacing: 0,
    });
    const maxGid = (ts.tilecount as number) + 1;
    for (const l of map.layers.filter((x) => x.type === 'tilelayer')) {
      expect(l.data!.every((g) => g >= 0 && g < maxGid)).toBe(true);
    }
  });

  it('has regions that are tile-aligned rectangles with a type', () => {
    for (const o of regions) {
      expect(['sector', 'arena', 'object']).toContain(kind(o));
      expect(o.name.length).toBeGreaterThan(0);
      for (const v of [o.x, o.y, o.width, o.height]) expect(v % T).toBe(0);
      expect(o.width).toBeGreaterThan(0);
      expect(o.height).toBeGreaterThan(0);
    }
  });

  it('has every required sector, arena and object, with unique names per parent', () => {
    const { tree, problems } = hierarchy();
    expect(problems).toEqual([]);
    const missing: string[] = [];
    for (const [sector, arenas] of Object.entries(REQUIRED)) {
      const s = tree.get(sector);
      if (!s) {
        missing.push(sector);
        continue;
      }
      for (const [arena, objects] of Object.entries(arenas)) {
        const a = s.children.get(arena);
        if (!a) {
          missing.push(`${sector}/${arena}`);
          continue;
        }
        for (const o of objects) if (!a.children.has(o)) missing.push(`${sector}/${arena}/${o}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a walkable tile in or next to every object region', () => {
    const bad: string[] = [];
    for (const o of regions.filter((r) => kind(r) === 'object')) {
      const x0 = o.x / T;
      const y0 = o.y / T;
      const x1 = x0 + o.width / T - 1;
      const y1 = y0 + o.height / T - 1;
      let ok = false;
      for (let y = y0 - 1; y <= y1 + 1 && !ok; y++) {
        for (let x = x0 - 1; x <= x1 + 1 && !ok; x++) {
          const corner = (x < x0 || x > x1) && (y < y0 || y > y1);
          if (!corner && walkable(x, y)) ok = true;
        }
      }
      if (!ok) bad.push(`${o.name}@${x0},${y0}`);
    }
    expect(bad).toEqual([]);
  });

  it('forms one connected walkable area reachable from the park', () => {
    const park = regions.find((o) => kind(o) === 'sector' && o.name === 'Town Park')!;
    let start = -1;
    for (let y = park.y / T; y < (park.y + park.height) / T && start < 0; y++) {
      for (let x = park.x / T; x < (park.x + park.width) / T && start < 0; x++) {
        if (walkable(x, y)) start = y * W + x;
      }
    }
    expect(start).toBeGreaterThanOrEqual(0);
    const seen = new Uint8Array(W * H);
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % W;
      const y = (i - x) / W;
      for (const [nx, ny] of [
        [x + 1, y],
        [x - 1, y],
        [x, y + 1],
        [x, y - 1],
      ]) {
        if (walkable(nx, ny) && !seen[ny * W + nx]) {
          seen[ny * W + nx] = 1;
          stack.push(ny * W + nx);
        }
      }
    }
    const unreachable: string[] = [];
    for (let i = 0; i < W * H; i++) {
      if (collision[i] === 0 && !seen[i]) unreachable.push(`${i % W},${Math.floor(i / W)}`);
    }
    expect(unreachable).toEqual([]);
    // so every arena is reachable: each has at least one walkable tile
    for (const a of regions.filter((o) => kind(o) === 'arena')) {
      let any = false;
      for (let y = a.y / T; y < (a.y + a.height) / T; y++) {
        for (let x = a.x / T; x < (a.x + a.width) / T; x++) any ||= walkable(x, y);
      }
      expect(any, `arena ${a.name}`).toBe(true);
    }
  });

  it('places every resident spawn on a walkable tile in their bedroom', () => {
    const spawns = layer('spawns').objects!;
    expect(spawns.map((s) => s.name).sort()).toEqual(Object.keys(SPAWNS).sort());
    const { tree } = hierarchy();
    for (const s of spawns) {
      expect(s.point).toBe(true);
      const tx = Math.floor(s.x / T);
      const ty = Math.floor(s.y / T);
      expect(walkable(tx, ty), s.name).toBe(true);
      const [sector, bedroom] = SPAWNS[s.name];
      const arena = tree.get(sector)!.children.get(`bedroom ${bedroom}`)!.obj;
      expect(contains(arena, [s.x, s.y]), s.name).toBe(true);
    }
  });

  it('gives every sector a kind, homes to the homes and opening hours to the rest', () => {
    const prop = (o: TiledObject, name: string) => o.properties?.find((p) => p.name === name);
    for (const s of regions.filter((o) => kind(o) === 'sector')) {
      const k = prop(s, 'kind');
      expect(k?.type, s.name).toBe('string');
      expect(k?.value === 'home', s.name).toBe(s.name in HOME_BEDROOMS);
      if (k?.value !== 'home') expect(prop(s, 'hours')?.value, s.name).toMatch(/^\d\d:\d\d-|24h/);
    }
    const kinds = new Set(regions.map((o) => prop(o, 'kind')?.value).filter(Boolean));
    expect([...kinds].sort()).toEqual(['bar', 'civic', 'eatery', 'home', 'park', 'school', 'shop']);
  });

  it('blocks walls and water, and keeps doors open', () => {
    const tiles = (map.tilesets[0].tiles ?? []) as {
      id: number;
      properties?: { name: string; value: unknown }[];
    }[];
    const nameOf = new Map<number, string>();
    for (const t of tiles) {
      const p = t.properties?.find((q) => q.name === 'name');
      if (p) nameOf.set(t.id + 1, String(p.value));
    }
    const ground = layer('ground').data!;
    const walls = layer('walls').data!;
    const problems: string[] = [];
    let doors = 0;
    for (let i = 0; i < W * H; i++) {
      const at = `${i % W},${Math.floor(i / W)}`;
      const w = nameOf.get(walls[i]) ?? '';
      const g = nameOf.get(ground[i]) ?? '';
      if (w.startsWith('wall_') && collision[i] === 0) problems.push(`open wall ${at}`);
      if (g === 'water_15' || g.startsWith('water_open')) {
        if (collision[i] === 0) problems.push(`open water ${at}`);
      }
      if (g.startsWith('door_')) {
        doors++;
        if (collision[i] !== 0) problems.push(`blocked door ${at}`);
      }
    }
    expect(problems).toEqual([]);
    expect(doors).toBeGreaterThan(19);
  });
});
