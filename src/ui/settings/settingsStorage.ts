import type { PriceTable } from '../../protocol';
import { formForPreset, PRESET_CHOICES, type MindForm } from './settingsModel';

/** localStorage: the form without the key (always kept). */
export const SETTINGS_KEY = 'generative-town:mind-settings';
/** localStorage: the user's price overrides. */
export const PRICES_KEY = 'generative-town:llm-prices';
/** sessionStorage (this tab) or, when remembered, localStorage (this device): the API key. */
export const API_KEY_KEY = 'generative-town:llm-api-key';

/** The two storages the panel uses (injectable for tests). */
export interface Storages {
  local: Storage | null;
  session: Storage | null;
}

/** The page's storages; null where the browser refuses them (private modes, sandboxed frames). */
export function browserStorages(): Storages {
  const get = (which: 'localStorage' | 'sessionStorage') => {
    try {
      return window[which];
    } catch {
      return null;
    }
  };
  return { local: get('localStorage'), session: get('sessionStorage') };
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage full or refused: settings then last only while the page is open.
  }
}

/** The saved form (defaults: the OpenAI preset), with the key from wherever it was kept. */
export function loadForm(s: Storages, origin: string): MindForm {
  let saved: Partial<MindForm> = {};
  try {
    saved = JSON.parse(read(s.local, SETTINGS_KEY) ?? '{}') as Partial<MindForm>;
  } catch {
    saved = {};
  }
  const remembered = read(s.local, API_KEY_KEY);
  const apiKey = remembered ?? read(s.session, API_KEY_KEY) ?? '';
  const keep = { apiKey, rememberKey: remembered !== null || saved.rememberKey === true };
  const preset = PRESET_CHOICES.some((p) => p.id === saved.preset) ? saved.preset! : 'openai';
  const base = formForPreset(preset, origin, keep);
  const merged = { ...base, ...pickKnown(saved, base), ...keep };
  // The proxy lives on this page's server, whatever origin it was saved from.
  if (preset === 'proxy') merged.baseURL = base.baseURL;
  return merged;
}

/** Keeps only fields of the form's shape and type (a stale or edited entry cannot break it). */
function pickKnown(saved: Partial<MindForm>, base: MindForm): Partial<MindForm> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(saved)) {
    if (k === 'apiKey' || k === 'rememberKey') continue;
    if (k in base && typeof v === typeof base[k as keyof MindForm]) out[k] = v;
  }
  return out as Partial<MindForm>;
}

/**
 * Saves the form: everything but the key in localStorage; the key in sessionStorage, or in
 * localStorage only when the user ticked "remember on this device" (and then nowhere else).
 */
export function saveForm(s: Storages, form: MindForm): void {
  const { apiKey, ...rest } = form;
  write(s.local, SETTINGS_KEY, JSON.stringify({ ...rest }));
  const key = apiKey.trim() || null;
  write(s.local, API_KEY_KEY, form.rememberKey ? key : null);
  write(s.session, API_KEY_KEY, form.rememberKey ? null : key);
}

/** Forgets the key everywhere. */
export function forgetKey(s: Storages): void {
  write(s.local, API_KEY_KEY, null);
  write(s.session, API_KEY_KEY, null);
}

/** The user's price overrides (empty when none or unreadable). */
export function loadPrices(s: Storages): PriceTable {
  try {
    const v: unknown = JSON.parse(read(s.local, PRICES_KEY) ?? '{}');
    return v && typeof v === 'object' ? (v as PriceTable) : {};
  } catch {
    return {};
  }
}

export function savePrices(s: Storages, prices: PriceTable): void {
  write(s.local, PRICES_KEY, JSON.stringify(prices));
}
