/**
 * The scenario editor's model (pure; the worker answers the page with it): a draft personas file
 * ⇄ the file the CLI loads, every problem with the path of its field, and a map's places.
 */
export { draftFromFile, fileFromDraft, looksLikeTiledMap, type PersonasDraft } from './draft';
export { checkDraft, checkDraftOn, type DraftCheck, type DraftProblem } from './check';
export {
  editorMapInfo,
  editorMapInfoOf,
  type EditorMapInfo,
  type MapPlace,
  type TileRect,
} from './mapInfo';
