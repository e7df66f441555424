import { SPEEDS } from '../protocol';
import type { ControlsSlice, SliceContext } from './types';

export function createControlsSlice({ get, client }: SliceContext): ControlsSlice {
  return {
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
      client.control({ kind: 'setSpeed', speed });
    },
    nudgeSpeed(dir) {
      const frame = get().frame;
      if (!frame) return;
      const i = SPEEDS.indexOf(frame.speed);
      const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + dir))];
      if (next !== frame.speed) client.control({ kind: 'setSpeed', speed: next });
    },
  };
}
