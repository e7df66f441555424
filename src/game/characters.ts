import type { Facing } from '../sim/agent/agent';
import {
  CROWD_TINTS,
  DIRECTION_ORDER,
  FRAMES_PER_CHARACTER,
  FRAMES_PER_DIRECTION,
} from './constants';

/** A persona's sprite index mapped onto the sheet: which character, and a tint for crowds. */
export function characterOf(
  sprite: number,
  sheetCharacters: number,
): { index: number; tint: number | null } {
  const index = ((sprite % sheetCharacters) + sheetCharacters) % sheetCharacters;
  const round = Math.floor(sprite / sheetCharacters);
  return { index, tint: round > 0 ? CROWD_TINTS[(round - 1) % CROWD_TINTS.length] : null };
}

/** Frame of a character standing and facing a direction. */
export function standFrame(character: number, facing: Facing): number {
  return character * FRAMES_PER_CHARACTER + DIRECTION_ORDER.indexOf(facing) * FRAMES_PER_DIRECTION;
}
