import Phaser from 'phaser';
import type { TownStore } from '../store/store';
import { pickRenderer } from './renderer';
import { TownScene } from './TownScene';
import { removeTestHook } from './testHook';

/**
 * Starts Phaser in `parent` once the town's meta data is in the store. Returns a function that
 * destroys the game.
 */
export function createGame(parent: HTMLElement, store: TownStore): () => void {
  const game = new Phaser.Game({
    type: pickRenderer(window.location.search),
    parent,
    backgroundColor: '#2b3a2f',
    pixelArt: true,
    roundPixels: true,
    antialias: false,
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 800,
      height: parent.clientHeight || 600,
    },
    input: { keyboard: false, mouse: { preventDefaultWheel: true } },
    disableContextMenu: true,
    banner: false,
    audio: { noAudio: true },
    scene: new TownScene(store, import.meta.env.BASE_URL),
  });
  return () => {
    removeTestHook();
    game.destroy(true);
  };
}
