import Phaser from 'phaser';
import {
  DEPTH_FOREGROUND,
  FOREGROUND_LAYER,
  GROUND_LAYERS,
  MAP_KEY,
  TILESET_KEY,
  TILESET_NAME,
} from './constants';

export interface TownLayers {
  map: Phaser.Tilemaps.Tilemap;
  /** Everything drawn for the map (for the cameras' ignore lists). */
  objects: Phaser.GameObjects.GameObject[];
  widthPx: number;
  heightPx: number;
  /** Every tile layer's data as parsed (baking removes the drawn ones from `map.layers`). */
  layers: Phaser.Tilemaps.LayerData[];
  /** The map's tileset when it is ours, else null (checkerboard). */
  tileset: Phaser.Tilemaps.Tileset | null;
}

/**
 * Draws the Tiled map: ground, walls and furniture below the agents, foreground above them; the
 * collision layer stays invisible. A map whose tileset is not ours (a test map) gets a plain
 * checkerboard so the town is still visible.
 */
export function buildMapLayers(scene: Phaser.Scene, mapJson: unknown): TownLayers {
  scene.cache.tilemap.add(MAP_KEY, { format: Phaser.Tilemaps.Formats.TILED_JSON, data: mapJson });
  const map = scene.make.tilemap({ key: MAP_KEY });
  const tileset = map.addTilesetImage(TILESET_NAME, TILESET_KEY);
  const layers = [...map.layers];
  const objects: Phaser.GameObjects.GameObject[] = [];
  if (tileset) {
    const below: Phaser.Tilemaps.TilemapLayer[] = [];
    GROUND_LAYERS.forEach((name, i) => {
      if (map.getLayerIndex(name) === null) return;
      const layer = map.createLayer(name, tileset);
      if (layer) below.push(layer.setDepth(i));
    });
    const baked = bake(scene, below, map.widthInPixels, map.heightInPixels);
    objects.push(...(baked ? [baked] : below));
    if (map.getLayerIndex(FOREGROUND_LAYER) !== null) {
      const fg = map.createLayer(FOREGROUND_LAYER, tileset);
      if (fg) objects.push(fg.setDepth(DEPTH_FOREGROUND));
    }
  } else {
    objects.push(drawCheckerboard(scene, map));
  }
  return {
    map,
    objects,
    widthPx: map.widthInPixels,
    heightPx: map.heightInPixels,
    layers,
    tileset: tileset ?? null,
  };
}

/** Largest baked map side, px (WebGL textures beyond this may not exist on small GPUs). */
const MAX_BAKE_PX = 4096;

/**
 * The map below the agents never changes, so it is drawn once into a single texture: one quad
 * per frame instead of thousands of tiles (a big win under software rendering and zoomed out).
 */
function bake(
  scene: Phaser.Scene,
  layers: Phaser.Tilemaps.TilemapLayer[],
  width: number,
  height: number,
): Phaser.GameObjects.RenderTexture | null {
  if (!layers.length || width > MAX_BAKE_PX || height > MAX_BAKE_PX) return null;
  const renderer = scene.game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
  const maxTexture = renderer.getMaxTextureSize?.() ?? MAX_BAKE_PX;
  if (width > maxTexture || height > maxTexture) return null;
  const rt = scene.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(0);
  rt.draw(layers);
  for (const layer of layers) layer.destroy();
  return rt;
}

function drawCheckerboard(
  scene: Phaser.Scene,
  map: Phaser.Tilemaps.Tilemap,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(0);
  for (let y = 0; y < map.height; y++)
    for (let x = 0; x < map.width; x++) {
      g.fillStyle((x + y) % 2 ? 0x8fbf7a : 0x86b672, 1);
      g.fillRect(x * map.tileWidth, y * map.tileHeight, map.tileWidth, map.tileHeight);
    }
  return g;
}
