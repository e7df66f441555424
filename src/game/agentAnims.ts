import type Phaser from 'phaser';
import type { Facing } from '../sim/agent/agent';
import { standFrame } from './characters';
import { CHARACTERS_KEY, DIRECTION_ORDER, WALK_CYCLE, WALK_FPS } from './constants';

export function walkKey(character: number, facing: Facing): string {
  return `walk-${character}-${facing}`;
}

/** Creates the four walk animations of a character (once per character). */
export function ensureWalkAnims(scene: Phaser.Scene, character: number): void {
  for (const facing of DIRECTION_ORDER) {
    const key = walkKey(character, facing);
    if (scene.anims.exists(key)) continue;
    const base = standFrame(character, facing);
    scene.anims.create({
      key,
      frames: WALK_CYCLE.map((f) => ({ key: CHARACTERS_KEY, frame: base + f })),
      frameRate: WALK_FPS,
      repeat: -1,
    });
  }
}
