// @vitest-environment jsdom
import { act, createElement as h } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { $, mount, type Mounted } from '../testing/dom';
import { useSubmit, type Submit, type SubmitOptions } from './useSubmit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Renders the hook's state as text and hands the hook out to the test. */
function harness(opts?: SubmitOptions): { current: () => Submit } {
  let latest: Submit | null = null;
  function Form() {
    const submit = useSubmit(opts);
    latest = submit;
    return h(
      'p',
      { id: 'state' },
      `${submit.pending ? 'pending' : 'idle'}|${submit.label ?? ''}|${submit.error ?? ''}`,
    );
  }
  mounted = mount(h(Form));
  return { current: () => latest! };
}

/** A promise the test settles. */
function deferred() {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const shown = () => $('#state').textContent;

describe('useSubmit', () => {
  it('is pending while the action runs, then shows its error and clears pending', async () => {
    const hook = harness();
    const d = deferred();
    let result!: Promise<boolean>;
    act(() => {
      result = hook.current().run(() => d.promise, 'Saving…');
    });
    expect(shown()).toBe('pending|Saving…|');

    await act(async () => {
      d.reject(new Error('The disk is full.'));
      expect(await result).toBe(false);
    });
    expect(shown()).toBe('idle||The disk is full.');
  });

  it('shows a thrown non-Error as text and clears the error on the next run', async () => {
    const hook = harness();
    await act(async () => {
      await hook.current().run(() => Promise.reject('offline'));
    });
    expect(shown()).toBe('idle||offline');

    const d = deferred();
    act(() => void hook.current().run(() => d.promise));
    expect(shown()).toBe('pending||');
    await act(async () => d.resolve());
    expect(shown()).toBe('idle||');
  });

  it('stays pending after a success when asked to (the form is going away)', async () => {
    const hook = harness({ holdOnSuccess: true });
    await act(async () => {
      expect(await hook.current().run(() => Promise.resolve(), 'Opening…')).toBe(true);
    });
    expect(shown()).toBe('pending|Opening…|');
  });

  it('keeps run stable across renders and lets the form set its own error', () => {
    const hook = harness();
    const run = hook.current().run;
    act(() => hook.current().setError('Name the save first.'));
    expect(shown()).toBe('idle||Name the save first.');
    expect(hook.current().run).toBe(run);
  });
});
