// @vitest-environment jsdom
import { createElement as h } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MindCallSummary } from '../../protocol';
import { mount, type Mounted } from '../testing/dom';
import { CallBadges } from './CallBadges';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const call = (over: Partial<MindCallSummary>): MindCallSummary => ({
  opId: 'op1',
  agentId: 'a1',
  kind: 'decideToTalk',
  step: 0,
  time: 'Day 1 00:00',
  mind: 'llm',
  answeredBy: 'llm',
  headline: '',
  latencyMs: 0,
  cacheHit: false,
  memoryCount: 0,
  ...over,
});

function badges(c: MindCallSummary): string {
  mounted?.unmount();
  mounted = mount(h(CallBadges, { call: c }));
  return mounted.container.textContent ?? '';
}

describe('call badges', () => {
  it('say who answered', () => {
    expect(badges(call({}))).toMatch(/^LLM/);
    expect(badges(call({ answeredBy: 'budget' }))).toMatch(/^rulesbudget/);
    expect(mounted!.container.querySelector('[data-testid="call-budget"]')).not.toBeNull();
    expect(badges(call({ mind: 'offline', answeredBy: 'offline' }))).toMatch(/^rules/);
    expect(mounted!.container.querySelector('[data-testid="call-budget"]')).toBeNull();
  });
});
