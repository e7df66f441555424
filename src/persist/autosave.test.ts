import { describe, expect, it } from 'vitest';
import { STEPS_PER_HOUR } from '../sim/clock';
import { AutosaveScheduler } from './autosave';

function setup(start = 1000) {
  let now = 0;
  const clock = {
    advance: (ms: number) => (now += ms),
  };
  const s = new AutosaveScheduler(
    { now: () => now, minIntervalMs: 10_000, maxIntervalMs: 60_000, retryMs: 5_000 },
    start,
  );
  /** Runs a save to completion if one is due. */
  const saveIfDue = () => {
    const reason = s.due();
    if (reason) {
      s.begin();
      s.saved();
    }
    return reason;
  };
  return { s, clock, saveIfDue };
}

describe('autosave scheduling', () => {
  it('does nothing while nothing changed', () => {
    const { s, clock } = setup();
    clock.advance(10 * 60_000);
    expect(s.due()).toBeNull();
    expect(s.flushNow()).toBeNull();
  });

  it('saves every game hour, but not more than once per throttle interval', () => {
    const { s, clock, saveIfDue } = setup();
    s.noteStep(1000 + STEPS_PER_HOUR - 1);
    clock.advance(20_000);
    expect(s.due()).toBeNull(); // not an hour yet
    s.noteStep(1000 + STEPS_PER_HOUR);
    expect(saveIfDue()).toBe('game-hour');
    // Fast-forward: another game hour two seconds later is throttled …
    s.noteStep(1000 + 2 * STEPS_PER_HOUR);
    clock.advance(2_000);
    expect(s.due()).toBeNull();
    // … until the interval has passed.
    clock.advance(8_000);
    expect(saveIfDue()).toBe('game-hour');
    expect(s.hasUnsavedChanges).toBe(false);
  });

  it('saves changes after a while even when game time barely moves', () => {
    const { s, clock, saveIfDue } = setup();
    s.noteChange(); // a whisper while paused
    clock.advance(59_000);
    expect(s.due()).toBeNull();
    clock.advance(1_000);
    expect(saveIfDue()).toBe('wall-time');
    expect(s.due()).toBeNull();
  });

  it('flushes at once when the page is hidden, ignoring the throttle', () => {
    const { s, clock } = setup();
    s.noteStep(1001);
    clock.advance(100);
    expect(s.due()).toBeNull();
    expect(s.flushNow()).toBe('flush');
    s.begin();
    s.saved();
    expect(s.flushNow()).toBeNull();
  });

  it('after a flush during a running save, saves again as soon as it ends', () => {
    const { s, clock } = setup();
    s.noteStep(1000 + STEPS_PER_HOUR);
    clock.advance(10_000);
    expect(s.due()).toBe('game-hour');
    s.begin();
    s.noteStep(1000 + STEPS_PER_HOUR + 5); // the town moved on while saving
    expect(s.flushNow()).toBeNull(); // busy: wait for it
    expect(s.due()).toBeNull();
    s.saved();
    expect(s.hasUnsavedChanges).toBe(true);
    expect(s.due()).toBe('flush'); // no throttle for a flush request
    s.begin();
    s.saved();
    expect(s.due()).toBeNull();
  });

  it('counts the hour from the step that was saved, not the step when it finished', () => {
    const { s, clock, saveIfDue } = setup(0);
    s.noteStep(STEPS_PER_HOUR);
    clock.advance(10_000);
    s.begin();
    s.noteStep(STEPS_PER_HOUR + 100);
    s.saved();
    clock.advance(10_000);
    s.noteStep(2 * STEPS_PER_HOUR);
    expect(saveIfDue()).toBe('game-hour');
  });

  it('backs off after failures, doubling, and recovers after a success', () => {
    const { s, clock } = setup();
    s.noteStep(1000 + STEPS_PER_HOUR);
    clock.advance(10_000);
    s.begin();
    s.failed();
    expect(s.hasUnsavedChanges).toBe(true);
    clock.advance(4_999);
    expect(s.due()).toBeNull();
    clock.advance(1);
    expect(s.due()).toBe('game-hour');
    s.begin();
    s.failed();
    clock.advance(9_999);
    expect(s.due()).toBeNull();
    clock.advance(1);
    s.begin();
    s.saved();
    s.noteStep(1000 + 2 * STEPS_PER_HOUR);
    clock.advance(10_000);
    expect(s.due()).toBe('game-hour');
  });

  it('a flush is tried even while backing off', () => {
    const { s, clock } = setup();
    s.noteChange();
    clock.advance(60_000);
    s.begin();
    s.failed();
    expect(s.due()).toBeNull();
    expect(s.flushNow()).toBe('flush');
  });
});
