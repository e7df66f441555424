/**
 * Generates the town's pixel art procedurally (no third-party art):
 *   public/assets/tileset.png     32×32 tiles, 16 columns (see scripts/art/catalog.ts for names)
 *   public/assets/characters.png  one row per character, 12 frames of 32×32
 *   public/assets/characters.json sheet metadata
 * Run: npx tsx scripts/gen-art.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLUMNS, ROWS, TILE_COUNT, paintTileset } from './art/catalog';
import { DIRECTIONS, paintCharacterSheet } from './art/characters';
import { LOOKS } from './art/looks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'assets');
mkdirSync(outDir, { recursive: true });

const tileset = paintTileset();
writeFileSync(join(outDir, 'tileset.png'), tileset.toPNG());

const sheet = paintCharacterSheet(LOOKS.map((l) => l.look));
writeFileSync(join(outDir, 'characters.png'), sheet.toPNG());

const meta = {
  frameWidth: 32,
  frameHeight: 32,
  characters: LOOKS.length,
  framesPerCharacter: 12,
  framesPerDirection: 3,
  directions: [...DIRECTIONS],
  frames: ['stand', 'step-left', 'step-right'],
  layout: 'row per character; frame index = character * 12 + direction * 3 + frame',
  /** Suggested sprite index for each resident of the default town. */
  suggested: Object.fromEntries(
    LOOKS.map((l, i) => [l.id, i]).filter(([id]) => !String(id).startsWith('spare')),
  ),
};
writeFileSync(join(outDir, 'characters.json'), JSON.stringify(meta, null, 2) + '\n');

console.log(
  `tileset.png: ${COLUMNS}×${ROWS} tiles (${TILE_COUNT} slots, ${tileset.w}×${tileset.h}px); ` +
    `characters.png: ${LOOKS.length} characters (${sheet.w}×${sheet.h}px)`,
);
