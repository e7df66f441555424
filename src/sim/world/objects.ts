import type { Address } from './townMap';

/** An object's place: sector, arena (missing when the address had none) and the object. */
export type ObjectAddress = Address & { object: string };

/** What an object shows while an agent uses it. */
export interface ObjectState {
  state: string;
  agentId: string;
}

export interface ObjectEntry extends ObjectState {
  address: ObjectAddress;
}

/**
 * Stored form: one key per object, `sector:arena:object` (`sector:object` without an arena), as in
 * every save so far. A ':' or '\\' inside a name is escaped with '\\' so every key reads back to
 * its address. Only this module writes or reads these keys.
 */
export type ObjectStatesState = Record<string, ObjectState>;

/** The stored key of an address: the one place keys are made. */
function keyOf(a: ObjectAddress): string {
  return [a.sector, a.arena, a.object]
    .filter((name): name is string => !!name)
    .map((name) => name.replace(/[\\:]/g, (c) => `\\${c}`))
    .join(':');
}

/** The address a stored key was made from (a two-part key has no arena), or null if malformed. */
function addressOfKey(key: string): ObjectAddress | null {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charAt(i);
    if (c === '\\' && i + 1 < key.length) part += key.charAt(++i);
    else if (c === ':') {
      parts.push(part);
      part = '';
    } else part += c;
  }
  parts.push(part);
  const [sector, arena, object] = parts;
  if (parts.length === 3 && sector && arena && object) return { sector, arena, object };
  if (parts.length === 2 && sector && arena) return { sector, object: arena };
  return null;
}

const EMPTY = new Map<string, ObjectEntry>();

function arenaKey(sector: string, arena: string | undefined): string {
  return `${sector}\u0000${arena ?? ''}`;
}

/** The state objects show while agents use them ("being slept in"), by address. */
export class ObjectStates {
  /** In the order the stored record lists them; null: a key that does not read back. */
  private readonly byKey = new Map<string, ObjectState & { address: ObjectAddress | null }>();
  /**
   * The same entries by arena, for perception (which looks at one arena). Every change is made to
   * both maps in the same order, so each arena's map lists its objects in the order of `byKey`.
   */
  private readonly byArena = new Map<string, Map<string, ObjectEntry>>();

  constructor(state: ObjectStatesState = {}) {
    for (const [key, { state: shown, agentId }] of Object.entries(state)) {
      const address = addressOfKey(key);
      this.byKey.set(key, { state: shown, agentId, address });
      if (address) this.arena(address).set(key, { state: shown, agentId, address });
    }
  }

  private arena(a: Pick<ObjectAddress, 'sector' | 'arena'>): Map<string, ObjectEntry> {
    const k = arenaKey(a.sector, a.arena);
    let m = this.byArena.get(k);
    if (!m) {
      m = new Map();
      this.byArena.set(k, m);
    }
    return m;
  }

  /** Shows `state` on the object at `address`, used by `agentId`. */
  set(address: ObjectAddress, state: string, agentId: string): void {
    // Setting a listed key keeps its place in the order (as the stored record does).
    const key = keyOf(address);
    const copy = { ...address };
    this.byKey.set(key, { state, agentId, address: copy });
    this.arena(copy).set(key, { state, agentId, address: copy });
  }

  /** Clears the object's state if `agentId` is the one using it. */
  release(address: ObjectAddress, agentId: string): void {
    const key = keyOf(address);
    if (this.byKey.get(key)?.agentId !== agentId) return;
    this.byKey.delete(key);
    this.byArena.get(arenaKey(address.sector, address.arena))?.delete(key);
  }

  /** Objects showing a state in one arena, in the same order as `entries()`. */
  inArena(sector: string, arena: string): IterableIterator<ObjectEntry> {
    return (this.byArena.get(arenaKey(sector, arena)) ?? EMPTY).values();
  }

  /** Every object showing a state, with its address. */
  *entries(): IterableIterator<ObjectEntry> {
    for (const { address, state, agentId } of this.byKey.values())
      if (address) yield { address, state, agentId };
  }

  getState(): ObjectStatesState {
    const out: ObjectStatesState = {};
    for (const [key, { state, agentId }] of this.byKey) out[key] = { state, agentId };
    return out;
  }
}
