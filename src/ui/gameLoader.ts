type GameModule = typeof import('../game/createGame');

let loading: Promise<GameModule> | null = null;

/**
 * Loads the Phaser view (most of the page's code) once. Called at startup so it downloads while
 * the worker builds the town, and again by the view that mounts it.
 */
export function loadGame(): Promise<GameModule> {
  loading ??= import('../game/createGame');
  return loading;
}
