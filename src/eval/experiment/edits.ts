import { bytesToBase64, base64ToBytes } from '../../sim/memory/base64';
import type { AgentState } from '../../sim/agent/agent';
import type { Persona } from '../../sim/agent/persona';
import type { Scenario } from '../../sim/scenario';
import { createWorld, seededTie } from '../../sim/world/world';
import type { WorldState } from '../../sim/world/world';
import type { Intervention } from './spec';

/** Interventions that no engine command performs: they edit the world's saved state. */
export type StateEdit = Extract<
  Intervention,
  {
    type:
      'deleteMemory' | 'setCurrently' | 'setTraits' | 'moveEvent' | 'removePerson' | 'addPerson';
  }
>;

const STATE_EDITS = new Set<Intervention['type']>([
  'deleteMemory',
  'setCurrently',
  'setTraits',
  'moveEvent',
  'removePerson',
  'addPerson',
]);

export const isStateEdit = (iv: Intervention): iv is StateEdit => STATE_EDITS.has(iv.type);

function agentOf(state: WorldState, id: string): AgentState {
  const agent = state.agents.find((a) => a.id === id);
  if (!agent) throw new Error(`No person with id "${id}" in the town`);
  return agent;
}

/**
 * Applies an intervention that has no engine command to a world state; says what it did. `map`
 * (the town's Tiled map) places a newcomer.
 */
export function editState(state: WorldState, iv: StateEdit, map?: Scenario['map']): string {
  switch (iv.type) {
    case 'setCurrently': {
      const agent = agentOf(state, iv.agentId);
      agent.persona = { ...agent.persona, currently: iv.text };
      return 'currently replaced';
    }
    case 'setTraits': {
      const agent = agentOf(state, iv.agentId);
      agent.persona = { ...agent.persona, traits: [...iv.traits] };
      return `traits now ${iv.traits.join(', ')}`;
    }
    case 'deleteMemory': {
      const deleted = deleteMemories(agentOf(state, iv.agentId), iv.match);
      if (!deleted)
        throw new Error(`deleteMemory: no memory of "${iv.agentId}" contains "${iv.match}"`);
      return `deleted ${deleted} ${deleted === 1 ? 'memory' : 'memories'}`;
    }
    case 'moveEvent':
      return moveEvent(state, iv);
    case 'removePerson':
      return removePerson(state, iv.agentId);
    case 'addPerson':
      if (!map) throw new Error('addPerson needs the town map');
      return addPerson(state, iv.persona, map);
  }
}

/**
 * Brings a newcomer in: an agent made exactly as a new town makes one (asleep at home, their seed
 * memories), dated now. The people they name know them back, as they describe it.
 */
function addPerson(state: WorldState, persona: Persona, map: Scenario['map']): string {
  if (state.agents.some((a) => a.id === persona.id))
    throw new Error(`addPerson: someone with id "${persona.id}" is already in the town`);
  const arrival = createWorld(
    {
      id: state.scenarioId,
      name: '',
      map,
      personas: [persona],
      storylines: [],
      startMinute: 0,
      firstWeekday: 0,
    },
    { seed: state.seed },
  ).getState().agents[0]!;
  const now = state.step;
  arrival.action = { ...arrival.action, startStep: now, endStep: now };
  arrival.lastReflectStep = now;
  for (const n of arrival.memory.nodes) {
    n.created = now;
    n.lastAccessed = now;
  }
  let ties = 0;
  for (const r of persona.relationships) {
    const other = state.agents.find((a) => a.id === r.id);
    if (!other) continue;
    const tie = seededTie(r);
    arrival.relationships[r.id] = { ...tie };
    other.relationships[persona.id] ??= {
      ...tie,
      relation: 'someone I know from before',
      summary: 'someone I know from before',
    };
    ties++;
  }
  state.agents.push(arrival);
  return `added${ties ? ` with ${ties} tie${ties === 1 ? '' : 's'}` : ''}`;
}

/**
 * Moves a scheduled event: every memory that carries it (the host's and everyone told) gets the
 * new day, hours or place in its structured `event`. The memory's words are left as they were.
 */
function moveEvent(state: WorldState, iv: Extract<StateEdit, { type: 'moveEvent' }>): string {
  let moved = 0;
  let length: number | null = null;
  for (const agent of state.agents)
    for (const node of agent.memory.nodes) {
      if (!('event' in node) || !node.event || node.event.id !== iv.eventId) continue;
      const e = node.event;
      length ??= e.endHour - e.startHour;
      const startHour = iv.startHour ?? e.startHour;
      const endHour = iv.endHour ?? (iv.startHour !== undefined ? startHour + length : e.endHour);
      node.event = {
        ...e,
        day: iv.day ?? e.day,
        startHour,
        endHour: Math.min(24, endHour),
        place: iv.place ?? e.place,
      };
      moved++;
    }
  if (!moved) throw new Error(`moveEvent: nobody remembers an event with id "${iv.eventId}"`);
  return `moved in ${moved} ${moved === 1 ? 'memory' : 'memories'}`;
}

/**
 * Takes a person out of the town: their state goes, and so does every tie to them — a talk under
 * way ends, relationships and talk gates forget them, objects they held are free. Their past
 * conversations stay in the record; storylines they seeded stay measured from others' memories.
 */
function removePerson(state: WorldState, id: string): string {
  agentOf(state, id);
  state.agents = state.agents.filter((a) => a.id !== id);
  let talks = 0;
  for (const a of state.agents) {
    if (a.chat?.partnerId === id) {
      a.chat = null;
      a.action = { ...a.action, kind: 'idle', endStep: state.step };
      a.replanRequested = true;
      talks++;
    }
    delete a.relationships[id];
    delete a.talkConsidered[id];
  }
  for (const [key, obj] of Object.entries(state.objectStates))
    if (obj.agentId === id) delete state.objectStates[key];
  return talks ? `removed (ended ${talks} conversation${talks === 1 ? '' : 's'})` : 'removed';
}

/**
 * Deletes an agent's memories whose description contains `match` (case-insensitive), with their
 * embedding rows, and drops them from reflections' evidence. Returns how many went.
 */
export function deleteMemories(agent: AgentState, match: string): number {
  const mem = agent.memory;
  const needle = match.toLowerCase();
  const keep = mem.nodes.map((n) => !n.description.toLowerCase().includes(needle));
  const gone = new Set(mem.nodes.filter((_, i) => !keep[i]).map((n) => n.id));
  if (!gone.size) return 0;
  if (mem.dim) {
    const bytes = base64ToBytes(mem.embeddings);
    const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const rows: number[] = [];
    keep.forEach((k, i) => {
      if (k) for (let d = 0; d < mem.dim; d++) rows.push(floats[i * mem.dim + d] ?? 0);
    });
    const out = new Float32Array(rows);
    mem.embeddings = bytesToBase64(new Uint8Array(out.buffer));
  }
  mem.embedded = mem.embedded.filter((_, i) => keep[i]);
  mem.nodes = mem.nodes
    .filter((_, i) => keep[i])
    .map((n) =>
      n.evidence.some((e) => gone.has(e))
        ? ({ ...n, evidence: n.evidence.filter((e) => !gone.has(e)) } as typeof n)
        : n,
    );
  return gone.size;
}
