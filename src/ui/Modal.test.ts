// @vitest-environment jsdom
import { createElement as h, Fragment, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Modal, type ModalProps } from './Modal';
import { $, mount, mouse, pressKey, type Mounted } from './testing/dom';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
});

/** A button that opens a modal; the modal's onClose closes it. */
function Opener(props: Partial<ModalProps> & { startOpen?: boolean }) {
  const { startOpen = false, ...rest } = props;
  const [open, setOpen] = useState(startOpen);
  return h(
    'div',
    null,
    h('button', { id: 'opener', onClick: () => setOpen(true) }, 'Open'),
    open &&
      h(Modal, {
        title: 'Settings',
        testId: 'modal',
        ...rest,
        onClose: () => setOpen(false),
        children: h(
          Fragment,
          null,
          h('input', { id: 'first' }),
          h('input', { id: 'wanted', 'data-autofocus': true }),
        ),
      }),
  );
}

function openFromButton(props: Partial<ModalProps> = {}): HTMLElement {
  mounted = mount(h(Opener, props));
  const opener = $('#opener');
  opener.focus();
  mouse(opener);
  return opener;
}

describe('Modal', () => {
  it('is a modal dialog named by its title', () => {
    openFromButton();
    const dialog = $('[data-testid="modal"]');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Settings');
  });

  it('moves focus in on open, closes on Escape and gives focus back', () => {
    const opener = openFromButton();
    expect(document.activeElement?.id).toBe('wanted');

    const esc = pressKey(document.activeElement!, 'Escape');
    expect(document.querySelector('[data-testid="modal"]')).toBeNull();
    expect(esc.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape when focus has left the dialog', () => {
    openFromButton();
    (document.activeElement as HTMLElement).blur();
    pressKey(document.body, 'Escape');
    expect(document.querySelector('[data-testid="modal"]')).toBeNull();
  });

  it('keeps keys typed inside from the page’s shortcuts', () => {
    const shortcut = vi.fn();
    window.addEventListener('keydown', shortcut);
    try {
      openFromButton();
      pressKey($('#first'), ' ');
      pressKey($('#first'), 'e');
      expect(shortcut).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', shortcut);
    }
  });

  it('closes on a backdrop click only when allowed', () => {
    openFromButton({ closeOnBackdrop: false });
    const backdrop = $('.dialog-backdrop');
    mouse(backdrop, 'mousedown');
    expect(document.querySelector('[data-testid="modal"]')).not.toBeNull();
    mounted?.unmount();
    document.body.innerHTML = '';

    openFromButton();
    // A press inside the box is not a backdrop click.
    mouse($('#first'), 'mousedown');
    expect(document.querySelector('[data-testid="modal"]')).not.toBeNull();
    mouse($('.dialog-backdrop'), 'mousedown');
    expect(document.querySelector('[data-testid="modal"]')).toBeNull();
  });

  it('closes only the top one of two stacked modals on Escape from outside', () => {
    const closed: string[] = [];
    function Two() {
      const [lower, setLower] = useState(true);
      const [upper, setUpper] = useState(false);
      return h(
        'div',
        null,
        lower &&
          h(Modal, {
            title: 'Lower',
            testId: 'lower',
            onClose: () => {
              closed.push('lower');
              setLower(false);
            },
            children: h('button', { id: 'ask', onClick: () => setUpper(true) }, 'Ask'),
          }),
        upper &&
          h(Modal, {
            title: 'Upper',
            testId: 'upper',
            onClose: () => {
              closed.push('upper');
              setUpper(false);
            },
            children: h('button', null, 'OK'),
          }),
      );
    }
    mounted = mount(h(Two));
    mouse($('#ask'));
    (document.activeElement as HTMLElement).blur();
    pressKey(document.body, 'Escape');
    expect(closed).toEqual(['upper']);
    expect(document.querySelector('[data-testid="lower"]')).not.toBeNull();
    pressKey(document.body, 'Escape');
    expect(closed).toEqual(['upper', 'lower']);
  });
});
