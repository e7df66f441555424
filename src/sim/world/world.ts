import { Agent, type AgentState, type Relationship } from '../agent/agent';
import type { Persona, Storyline } from '../agent/persona';
import { gameTime, stepAt, type GameTime } from '../clock';
import { DEFAULT_CONFIG, type SimConfig } from '../config';
import { Rng, hashString, type RngState } from '../rng';
import type { Scenario } from '../scenario';
import { firstName } from '../text';
import type { Conversation } from './conversation';
import { PathFinder } from './path';
import { ObjectStates, type ObjectStatesState } from './objects';
import { AgentGrid } from './spatial';
import { TownMap, type Address } from './townMap';

export interface WorldStats {
  conversations: number;
  mindCalls: Record<string, number>;
}

/** Everything that changes during a run, as plain JSON. */
export interface WorldState {
  schema: 1;
  scenarioId: string;
  seed: number;
  step: number;
  startStep: number;
  firstWeekday: number;
  nextId: number;
  rng: RngState;
  config: SimConfig;
  agents: AgentState[];
  objectStates: ObjectStatesState;
  conversations: Conversation[];
  storylines: Storyline[];
  stats: WorldStats;
}

/** The live world: static map plus mutable state. */
export class World {
  readonly map: TownMap;
  readonly paths: PathFinder;
  step: number;
  readonly startStep: number;
  readonly seed: number;
  readonly scenarioId: string;
  readonly firstWeekday: number;
  nextId: number;
  readonly rng: Rng;
  config: SimConfig;
  agents: Agent[];
  private byId: Map<string, Agent>;
  /** What objects in use show ("being slept in"). */
  readonly objects: ObjectStates;
  /** Who stands where, for questions about who is near (kept by `placeAgent`). */
  readonly grid: AgentGrid;
  conversations: Conversation[];
  /**
   * Conversations still being generated (their lines play as they come; moved to `conversations`
   * when done). Only non-empty while a cognition is parked, so never part of a saved state.
   */
  readonly openConversations = new Map<string, Conversation>();
  /** Agents whose cognition waits across steps for an answer (kept by the engine; not saved). */
  readonly midThought = new Set<string>();
  storylines: Storyline[];
  stats: WorldStats;

  constructor(map: TownMap, state: WorldState) {
    this.map = map;
    this.paths = new PathFinder(map);
    this.step = state.step;
    this.startStep = state.startStep;
    this.seed = state.seed;
    this.scenarioId = state.scenarioId;
    this.firstWeekday = state.firstWeekday;
    this.nextId = state.nextId;
    this.rng = new Rng(state.rng);
    this.config = structuredClone(state.config);
    this.agents = state.agents.map((a) => Agent.fromState(a));
    this.byId = new Map(this.agents.map((a) => [a.id, a]));
    this.objects = new ObjectStates(state.objectStates);
    this.grid = new AgentGrid(map.width, Math.max(1, this.config.visionRadius), this.agents);
    this.conversations = structuredClone(state.conversations);
    this.storylines = structuredClone(state.storylines);
    this.stats = structuredClone(state.stats);
  }

  get time(): GameTime {
    return gameTime(this.step, this.firstWeekday);
  }

  agent(id: string): Agent | undefined {
    return this.byId.get(id);
  }

  /** Puts an agent on a tile: the one way positions change (keeps `grid` in step). */
  placeAgent(agent: Agent, tile: number): void {
    agent.s.tile = tile;
    this.grid.moved(agent);
  }

  /** A fresh id, unique within this world. */
  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  /** Shows `state` on the addressed object for `agentId`, or (no state) clears what it showed. */
  setObjectState(address: Address | null, state: string | undefined, agentId: string): void {
    if (!address?.object) return;
    const object = { ...address, object: address.object };
    if (state) this.objects.set(object, state, agentId);
    else this.objects.release(object, agentId);
  }

  getState(): WorldState {
    return {
      schema: 1,
      scenarioId: this.scenarioId,
      seed: this.seed,
      step: this.step,
      startStep: this.startStep,
      firstWeekday: this.firstWeekday,
      nextId: this.nextId,
      rng: this.rng.getState(),
      config: structuredClone(this.config),
      agents: this.agents.map((a) => a.getState()),
      objectStates: this.objects.getState(),
      conversations: structuredClone(this.conversations),
      storylines: structuredClone(this.storylines),
      stats: structuredClone(this.stats),
    };
  }
}

export interface CreateWorldOptions {
  seed: number;
  /** Use only the first N personas (or clone personas to reach N for stress tests). */
  agents?: number;
  config?: Partial<SimConfig>;
}

/** Personas for a run: the scenario's, cut to N or extended with numbered copies. */
export function selectPersonas(personas: Persona[], n?: number): Persona[] {
  if (!n || n === personas.length) return personas;
  if (n < personas.length) {
    const kept = personas.slice(0, n);
    const ids = new Set(kept.map((p) => p.id));
    return kept.map((p) => ({ ...p, relationships: p.relationships.filter((r) => ids.has(r.id)) }));
  }
  const out = [...personas];
  for (let i = personas.length; i < n; i++) {
    const base = personas[i % personas.length];
    if (!base) throw new Error('A town without personas cannot be given more agents');
    const copy = Math.floor(i / personas.length) + 1;
    out.push({
      ...base,
      id: `${base.id}-${copy}`,
      name: `${base.name} ${copy + 1}`,
      relationships: [],
      seedMemories: base.seedMemories.filter((m) => !m.event && !m.news),
      sprite: base.sprite + copy * 7,
    });
  }
  return out;
}

/** A relationship as a personas file seeds it: known from before the run, never talked yet. */
export function seededTie(r: { relation: string; closeness: number }): Relationship {
  return {
    relation: r.relation,
    closeness: r.closeness,
    summary: r.relation,
    timesTalked: 0,
    since: -1,
    lastTalkStep: -1,
  };
}

/** Builds the initial world of a scenario for a seed. */
export function createWorld(scenario: Scenario, opts: CreateWorldOptions): World {
  const map = new TownMap(scenario.map);
  const personas = selectPersonas(scenario.personas, opts.agents);
  const startStep = stepAt(1, scenario.startMinute);
  const worldRng = Rng.fromSeed(opts.seed, 'world');
  const agents: AgentState[] = personas.map((p) => {
    const rng = Rng.fromSeed(opts.seed, p.id);
    const home = map.targetTiles({ sector: p.home.sector, arena: p.home.arena, object: 'bed' });
    // Without a spawn point: a tile by the bed, else (no home tiles) a random walkable one.
    const spawn =
      map.spawns.get(p.id) ??
      home[hashString(p.id) % home.length] ??
      map.nearestWalkable(rng.int(0, map.width * map.height - 1));
    return {
      id: p.id,
      persona: p,
      tile: spawn,
      facing: 'down',
      path: [],
      action: {
        description: 'sleeping',
        emoji: '😴',
        address: { sector: p.home.sector, arena: p.home.arena, object: 'bed' },
        startStep,
        endStep: startStep,
        kind: 'sleep',
      },
      plan: null,
      chat: null,
      relationships: {},
      recentPerceived: [],
      importanceSinceReflect: 0,
      lastReflectStep: startStep,
      replanRequested: false,
      talkConsidered: {},
      lastChatEndStep: -1,
      nextEnrichStep: 0,
      placeCache: {},
      memory: { nodes: [], nextSeq: 1, dim: 0, embeddings: '', embedded: [] },
      rng: rng.getState(),
    };
  });
  const ids = new Set(agents.map((a) => a.id));
  for (const a of agents) {
    for (const r of a.persona.relationships) {
      if (!ids.has(r.id) || r.id === a.id) continue;
      a.relationships[r.id] = seededTie(r);
    }
  }
  const world = new World(map, {
    schema: 1,
    scenarioId: scenario.id,
    seed: opts.seed,
    step: startStep,
    startStep,
    firstWeekday: scenario.firstWeekday,
    nextId: 1,
    rng: worldRng.getState(),
    config: { ...DEFAULT_CONFIG, ...opts.config },
    agents,
    objectStates: {},
    conversations: [],
    storylines: scenario.storylines.filter((s) => ids.has(s.seedAgentId)),
    stats: { conversations: 0, mindCalls: {} },
  });
  for (const agent of world.agents) {
    for (const m of agent.persona.seedMemories) {
      agent.memory.add({
        type: 'thought',
        created: startStep,
        lastAccessed: startStep,
        description: m.text,
        importance: m.importance ?? 0,
        keywords: [],
        evidence: [],
        event: m.event,
        news: m.news,
        gist: m.event || m.news ? firstSentence(thirdPerson(m.text, agent.name)) : undefined,
      });
    }
  }
  return world;
}

/** Rewrites a first-person sentence about oneself as a retellable third-person gist. */
export function thirdPerson(text: string, name: string): string {
  return text
    .replace(/\bI am\b/g, `${name} is`)
    .replace(/\bI'm\b/g, `${name} is`)
    .replace(/\bI've\b/g, `${name} has`)
    .replace(/\bI have\b/g, `${name} has`)
    .replace(/\bI was\b/g, `${name} was`)
    .replace(/\bI\b/g, name)
    .replace(/\bmyself\b/g, 'themselves')
    .replace(/\bmy\b/g, `${firstName(name)}'s`)
    .replace(/\bMy\b/g, `${firstName(name)}'s`)
    .replace(/\bme\b/g, firstName(name))
    .replace(
      new RegExp(`${name} (want|plan|intend|hope|need|think|love|like)\\b`, 'g'),
      `${name} $1s`,
    );
}

/** The first sentence of a text (for short retellable gists). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return m?.[1] ?? text.trim();
}
