import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICES } from '../../protocol';
import { STEPS_PER_HOUR } from '../../sim/clock';
import { rowsOf, tableOf } from './priceRows';
import {
  budgetFromForm,
  configFromForm,
  formForPreset,
  formProblem,
  PROXY_PATH,
} from './settingsModel';
import {
  API_KEY_KEY,
  forgetKey,
  loadForm,
  loadPrices,
  savePrices,
  saveForm,
  SETTINGS_KEY,
  type Storages,
} from './settingsStorage';
import { budgetLimits, count, ms, usd, windowLabel } from './usageFormat';
import { memoryStorage } from '../../store/testing/memoryStorage';

const ORIGIN = 'http://127.0.0.1:4173';
const KEY = 'sk-unit-DO-NOT-STORE-1234';

function storages(): Storages & { dump(): string } {
  const local = memoryStorage();
  const session = memoryStorage();
  const dump = (s: Storage) =>
    JSON.stringify(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)]));
  return { local, session, dump: () => dump(local) };
}

describe('settings model', () => {
  it('fills presets and keeps the key across them', () => {
    const f = formForPreset('ollama', ORIGIN, { apiKey: KEY, rememberKey: false });
    expect(f.baseURL).toBe('http://localhost:11434/v1');
    expect(f.apiKey).toBe(KEY);
    expect(formForPreset('proxy', ORIGIN).baseURL).toBe(`${ORIGIN}${PROXY_PATH}`);
  });

  it('never sends a browser key through the server proxy', () => {
    const proxy = { ...formForPreset('proxy', ORIGIN), apiKey: KEY };
    expect(configFromForm(proxy).apiKey).toBeUndefined();
    const custom = { ...formForPreset('custom', ORIGIN), apiKey: ` ${KEY} ` };
    expect(configFromForm(custom).apiKey).toBe(KEY);
    expect(configFromForm(custom)).toMatchObject({ timeoutMs: 60_000, concurrency: 8 });
  });

  it('says what is wrong before applying', () => {
    const f = formForPreset('custom', ORIGIN);
    expect(formProblem(f)).toBeNull();
    expect(formProblem({ ...f, baseURL: 'localhost:8080' })).toMatch(/http/);
    expect(formProblem({ ...f, embeddings: 'api', embeddingModel: '' })).toMatch(/embedding/);
    expect(formProblem(formForPreset('openai', ORIGIN))).toMatch(/key/);
    expect(formProblem({ ...f, concurrency: 0 })).toMatch(/Concurrency/);
  });
});

describe('budget settings', () => {
  const form = () => formForPreset('custom', ORIGIN);

  it('are off by default and send no budget', () => {
    expect(form().budgetOn).toBe(false);
    expect(configFromForm({ ...form(), budgetCalls: '5' }).budget).toBeUndefined();
  });

  it('send the limits typed, per game hour or day', () => {
    const on = { ...form(), budgetOn: true, budgetPer: 'hour' as const };
    expect(configFromForm({ ...on, budgetCalls: ' 1,200 ' }).budget).toEqual({
      per: 'hour',
      maxCalls: 1200,
    });
    expect(configFromForm({ ...on, budgetCost: '$0.50' }).budget).toEqual({
      per: 'hour',
      maxCostUsd: 0.5,
    });
    expect(budgetFromForm({ ...on, budgetCalls: '10', budgetCost: '2' })).toEqual({
      budget: { per: 'hour', maxCalls: 10, maxCostUsd: 2 },
    });
  });

  it('say what is wrong with a budget before applying', () => {
    const on = { ...form(), budgetOn: true };
    expect(formProblem(on)).toMatch(/limit of calls, of cost/);
    expect(formProblem({ ...on, budgetCalls: '0' })).toMatch(/call limit/);
    expect(formProblem({ ...on, budgetCalls: 'lots' })).toMatch(/call limit/);
    expect(formProblem({ ...on, budgetCalls: '3.5' })).toMatch(/whole number/);
    expect(formProblem({ ...on, budgetCost: '-1' })).toMatch(/cost limit/);
    expect(formProblem({ ...on, budgetCalls: '100' })).toBeNull();
  });

  it('are kept across presets and in storage', () => {
    const s = storages();
    const on = { ...form(), budgetOn: true, budgetPer: 'hour' as const, budgetCalls: '40' };
    expect(formForPreset('ollama', ORIGIN, on)).toMatchObject({
      budgetOn: true,
      budgetCalls: '40',
    });
    saveForm(s, on);
    expect(loadForm(s, ORIGIN)).toMatchObject({
      budgetOn: true,
      budgetPer: 'hour',
      budgetCalls: '40',
      budgetCost: '',
    });
  });

  it('are written in words', () => {
    expect(budgetLimits({ per: 'day', maxCalls: 1200, maxCostUsd: 0.5 })).toBe(
      '1,200 calls or $0.50 per game day',
    );
    expect(budgetLimits({ per: 'hour', maxCalls: 1 })).toBe('1 call per game hour');
    const hour = STEPS_PER_HOUR;
    const window = { startStep: 24 * hour + 14 * hour, endStep: 24 * hour + 15 * hour };
    expect(windowLabel({ budget: { per: 'hour', maxCalls: 1 }, window })).toBe('Day 2 14:00–15:00');
    expect(windowLabel({ budget: { per: 'day', maxCalls: 1 }, window })).toBe('Day 2');
  });
});

describe('settings storage', () => {
  it('keeps the key for the session only, unless remembered', () => {
    const s = storages();
    const form = { ...formForPreset('custom', ORIGIN), apiKey: KEY, chatModel: 'my-model' };
    saveForm(s, form);
    expect(s.dump()).not.toContain(KEY);
    expect(s.session!.getItem(API_KEY_KEY)).toBe(KEY);
    expect(loadForm(s, ORIGIN)).toMatchObject({
      chatModel: 'my-model',
      apiKey: KEY,
      rememberKey: false,
    });

    saveForm(s, { ...form, rememberKey: true });
    expect(s.local!.getItem(API_KEY_KEY)).toBe(KEY);
    expect(s.session!.getItem(API_KEY_KEY)).toBeNull();
    expect(loadForm(s, ORIGIN).rememberKey).toBe(true);
    expect(s.local!.getItem(SETTINGS_KEY)).not.toContain(KEY);

    saveForm(s, { ...form, rememberKey: false });
    expect(s.dump()).not.toContain(KEY);
    forgetKey(s);
    expect(loadForm(s, ORIGIN).apiKey).toBe('');
  });

  it('survives broken or foreign stored settings and missing storage', () => {
    const s = storages();
    s.local!.setItem(SETTINGS_KEY, '{not json');
    expect(loadForm(s, ORIGIN).preset).toBe('openai');
    s.local!.setItem(
      SETTINGS_KEY,
      JSON.stringify({ preset: 'proxy', baseURL: 'http://old/llm-proxy/v1', concurrency: 'x' }),
    );
    const f = loadForm(s, ORIGIN);
    expect(f.baseURL).toBe(`${ORIGIN}${PROXY_PATH}`);
    expect(f.concurrency).toBe(8);
    const none: Storages = { local: null, session: null };
    saveForm(none, f);
    expect(loadForm(none, ORIGIN).preset).toBe('openai');
  });

  it('stores prices', () => {
    const s = storages();
    savePrices(s, { mine: { inputPerMTok: 1, outputPerMTok: 2 } });
    expect(loadPrices(s)).toEqual({ mine: { inputPerMTok: 1, outputPerMTok: 2 } });
  });
});

describe('price rows and usage formatting', () => {
  it('round-trips the table and rejects bad numbers', () => {
    expect(tableOf(rowsOf(DEFAULT_PRICES))).toEqual(DEFAULT_PRICES);
    expect(tableOf([{ model: 'x', input: '-1', output: '0' }])).toMatch(/x/);
    expect(tableOf([{ model: 'x', input: '', output: '0' }])).toMatch(/x/);
    expect(tableOf([{ model: ' ', input: 'a', output: '0' }])).toEqual({});
  });

  it('formats counts, costs and latency', () => {
    expect(count(12345)).toBe('12,345');
    expect(usd(0)).toBe('$0');
    expect(usd(0.00123)).toBe('$0.0012');
    expect(usd(1.5)).toBe('$1.50');
    expect(ms(840)).toBe('840 ms');
    expect(ms(2400)).toBe('2.4 s');
  });
});
