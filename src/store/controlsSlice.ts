import { SPEEDS, type Frame, type Speed } from '../protocol';
import { readMaxRun, runTarget, writeMaxRun, type MaxRun, type RunTarget } from './maxRun';
import type { SliceContext } from './types';

export interface ControlsSlice {
  play(): void;
  pause(): void;
  togglePause(): void;
  step(): void;
  /** Max asks once a session how far to run (see `maxRun`) before it starts. */
  setSpeed(speed: Speed): void;
  /** Next speed up (+1) or down (-1). */
  nudgeSpeed(dir: 1 | -1): void;
  /** How far a run at Max goes, chosen once a session (null: not asked yet). */
  maxRun: MaxRun | null;
  /** The "how far?" question is open. */
  maxAsking: boolean;
  /** Where the run at Max now under way pauses (null: not at Max, or until stopped). */
  runUntil: RunTarget | null;
  /** Opens the question (again, to change the answer). */
  askMaxRun(): void;
  /** Answers it (remembered for the session) and runs at Max; null closes it unanswered. */
  chooseMaxRun(run: MaxRun | null): void;
  /** Called with every frame: pauses a run at Max where it was asked to stop. */
  watchRun(frame: Frame): void;
}

export function createControlsSlice(
  { set, get, client }: SliceContext,
  storage?: Storage | null,
): ControlsSlice {
  /** A pause was sent at the target; frames of the last batch may still say "running". */
  let stopping = false;
  return {
    maxRun: readMaxRun(storage),
    maxAsking: false,
    runUntil: null,
    play() {
      client.control({ kind: 'play' });
    },
    pause() {
      client.control({ kind: 'pause' });
    },
    togglePause() {
      const frame = get().frame;
      if (!frame) return;
      client.control({ kind: frame.running ? 'pause' : 'play' });
    },
    step() {
      client.control({ kind: 'step' });
    },
    setSpeed(speed) {
      if (speed === 'max' && get().maxRun === null) {
        set({ maxAsking: true });
        return;
      }
      client.control({ kind: 'setSpeed', speed });
    },
    nudgeSpeed(dir) {
      const frame = get().frame;
      if (!frame) return;
      const i = SPEEDS.indexOf(frame.speed);
      const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + dir))];
      if (next !== frame.speed) get().setSpeed(next);
    },
    askMaxRun() {
      set({ maxAsking: true });
    },
    chooseMaxRun(run) {
      if (run === null) {
        set({ maxAsking: false });
        return;
      }
      writeMaxRun(run, storage);
      // A new answer while at Max applies from now.
      set({ maxRun: run, maxAsking: false, runUntil: null });
      const frame = get().frame;
      if (frame?.speed !== 'max') client.control({ kind: 'setSpeed', speed: 'max' });
      else if (frame.running) set({ runUntil: runTarget(run, frame.clock) });
    },
    watchRun(frame) {
      const atMax = frame.running && frame.speed === 'max';
      if (!atMax) {
        stopping = false;
        if (get().runUntil) set({ runUntil: null });
        return;
      }
      if (stopping) return;
      const target = get().runUntil;
      if (!target) {
        // Started at Max (button, key, play, URL): the choice sets where it stops.
        const next = runTarget(get().maxRun ?? 'stopped', frame.clock);
        if (next) set({ runUntil: next });
        return;
      }
      if (frame.clock.step < target.step) return;
      stopping = true;
      client.control({ kind: 'pause' });
      set({ runUntil: null });
      get().notify('info', `The run at Max reached ${target.label}: the town is paused.`);
    },
  };
}
