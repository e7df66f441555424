// @vitest-environment jsdom
import { createElement as h, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTab, Tabs } from './Tabs';
import { $, mount, mouse, pressKey, type Mounted } from './testing/dom';

type Id = 'now' | 'memory' | 'talk';
const TABS = [
  { id: 'now' as const, label: 'Now' },
  { id: 'memory' as const, label: 'Memory' },
  { id: 'talk' as const, label: 'Talk' },
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function Strip() {
  const [tab, setTab] = useState<Id>('now');
  return h(Tabs<Id>, {
    tabs: TABS,
    selected: tab,
    onSelect: setTab,
    label: 'Inspector',
    testIdPrefix: 'tab-',
    children: h('p', { id: 'content' }, `content of ${tab}`),
  });
}

const tab = (id: Id) => $(`[data-testid="tab-${id}"]`);
const selected = () =>
  [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.textContent);

describe('Tabs', () => {
  it('marks the selected tab and labels the panel with it', () => {
    mounted = mount(h(Strip));
    expect($('[role="tablist"]').getAttribute('aria-label')).toBe('Inspector');
    expect(selected()).toEqual(['Now']);
    expect(tab('now').className).toBe('is-on');
    expect(tab('now').tabIndex).toBe(0);
    expect(tab('memory').tabIndex).toBe(-1);
    const panel = $('[role="tabpanel"]');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('now').id);
    expect(tab('now').getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.textContent).toBe('content of now');
  });

  it('moves the selection and focus with the arrow keys, wrapping at the ends', () => {
    mounted = mount(h(Strip));
    tab('now').focus();
    pressKey(tab('now'), 'ArrowRight');
    expect(selected()).toEqual(['Memory']);
    expect(document.activeElement).toBe(tab('memory'));
    expect($('#content').textContent).toBe('content of memory');

    pressKey(tab('memory'), 'ArrowLeft');
    pressKey(tab('now'), 'ArrowLeft');
    expect(selected()).toEqual(['Talk']);
    expect(document.activeElement).toBe(tab('talk'));

    pressKey(tab('talk'), 'Home');
    expect(selected()).toEqual(['Now']);
    pressKey(tab('now'), 'End');
    expect(selected()).toEqual(['Talk']);
  });

  it('selects on click; arrows do not reach the page (map, replay scrubber)', () => {
    const page = vi.fn();
    window.addEventListener('keydown', page);
    try {
      mounted = mount(h(Strip));
      mouse(tab('talk'));
      expect(selected()).toEqual(['Talk']);
      const e = pressKey(tab('talk'), 'ArrowRight');
      expect(e.defaultPrevented).toBe(true);
      expect(page).not.toHaveBeenCalled();
      // Other keys are left alone.
      pressKey(tab('now'), 'x');
      expect(page).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener('keydown', page);
    }
  });
});

describe('nextTab', () => {
  it('steps and wraps; ignores other keys', () => {
    expect(nextTab('ArrowRight', 2, 3)).toBe(0);
    expect(nextTab('ArrowLeft', 0, 3)).toBe(2);
    expect(nextTab('End', 0, 3)).toBe(2);
    expect(nextTab('Home', 2, 3)).toBe(0);
    expect(nextTab('Enter', 1, 3)).toBeNull();
  });
});
