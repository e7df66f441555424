import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tells React that updates in these tests are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A React tree mounted into the (jsdom) document, for component tests. */
export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

export function mount(element: ReactElement): Mounted {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    unmount() {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Dispatches a bubbling keydown on `target` (React listens at its root), inside act(). */
export function pressKey(target: EventTarget, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

/** The one element matching `selector`; throws with the selector if there is none. */
export function $(selector: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return el;
}

/** Dispatches a mouse event (default: a click) on `target`, inside act(). */
export function mouse(target: EventTarget, type: 'click' | 'mousedown' = 'click'): void {
  act(() => {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  });
}
