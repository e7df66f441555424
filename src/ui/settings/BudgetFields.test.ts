// @vitest-environment jsdom
import { act, createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LlmConfig, MindSetting } from '../../protocol';
import type { SimClient } from '../../protocol/client';
import { createTownStore } from '../../store/store';
import { TownStoreContext } from '../hooks/useTown';
import { $, mount, mouse, type Mounted } from '../testing/dom';
import { SettingsForm } from './SettingsForm';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
  localStorage.clear();
});

/** Types into a React-controlled input or select (React listens for input/change events). */
function type(el: HTMLElement, value: string): void {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

function showForm() {
  const request = vi.fn(async (kind: string, args: { mind?: MindSetting }): Promise<unknown> =>
    kind === 'setMind' && args.mind?.kind === 'llm'
      ? { kind: 'llm', label: 'LLM · m', chatModel: args.mind.config.chatModel }
      : null,
  );
  const client: SimClient = {
    start: () => {},
    control: () => {},
    request: request as unknown as SimClient['request'],
    dispose: () => {},
  };
  const store = createTownStore(client);
  mounted = mount(
    h(TownStoreContext.Provider, { value: store }, h(SettingsForm, { onApplied() {} })),
  );
  type($('[data-testid="mind-preset"]'), 'custom');
  return request;
}

const sent = (request: ReturnType<typeof showForm>): LlmConfig | undefined => {
  const call = request.mock.calls.find(([kind]) => kind === 'setMind');
  const mind = call?.[1].mind;
  return mind?.kind === 'llm' ? mind.config : undefined;
};

describe('the budget fields', () => {
  it('are hidden until the budget is ticked, then sent with the settings', async () => {
    const request = showForm();
    expect(document.querySelector('[data-testid="mind-budget-calls"]')).toBeNull();
    mouse($('[data-testid="mind-budget-on"]'));
    type($('[data-testid="mind-budget-per"]'), 'hour');
    type($('[data-testid="mind-budget-calls"]'), '30');
    await act(async () => mouse($('[data-testid="mind-apply"]')));
    expect(sent(request)?.budget).toEqual({ per: 'hour', maxCalls: 30 });
  });

  it('refuse a budget without a usable limit, saying why', async () => {
    const request = showForm();
    mouse($('[data-testid="mind-budget-on"]'));
    type($('[data-testid="mind-budget-cost"]'), '0');
    await act(async () => mouse($('[data-testid="mind-apply"]')));
    expect($('[data-testid="mind-error"]').textContent).toMatch(/cost limit/);
    expect(sent(request)).toBeUndefined();
  });
});
