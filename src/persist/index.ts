/**
 * Persistence: town files (export/import, migrations), replay, IndexedDB saves and autosave,
 * the LLM cache store and the two-tabs lock. See each module for details; the worker wires them.
 */
export { AutosaveScheduler, type AutosaveOptions, type AutosaveReason } from './autosave';
export { openTownDb, requestPersistentStorage, storageEstimate, DB_NAME } from './db';
export { encodeTownFileAsync, type EncodeAsyncOptions } from './encodeAsync';
export { StorageFullError, TownFileError, type TownFileProblem } from './errors';
export {
  TOWN_FILE_EXTENSION,
  TOWN_FILE_KIND,
  TOWN_FILE_VERSION,
  type MindInfo,
  type RecordedCommand,
  type ScenarioRecord,
  type TapeRecord,
  type TownFile,
} from './format';
export { importTownFile, townFileName, type ImportResult } from './importExport';
export { ExperimentStore, type ExperimentRecord, type ExperimentSummary } from './experimentStore';
export { LlmCacheStore } from './llmCacheStore';
export { OLDEST_SUPPORTED_VERSION } from './migrations';
export { Replayer, type ReplayOptions, type SeekProgress } from './replay';
export {
  SaveCorruptError,
  SaveNotFoundError,
  SaveStore,
  autosaveId,
  randomId,
  type SaveInput,
  type SaveMeta,
  type SaveSlot,
  type SaveStoreOptions,
} from './saveStore';
export { MissingAnswerError, TapeMind } from './tape';
export { TownRecorder, assignBatches, opNumber } from './recorder';
export { liveOverlap, TownRuntime, type TownSource } from './runtime';
export {
  openTown,
  scenarioFromRecord,
  summarizeTown,
  townFileFromEngine,
  type SaveSummary,
  type TownFileInfo,
} from './town';
export { decodeTownFile, encodeTownFile, type DecodeOptions, type DecodeResult } from './townFile';
export {
  acquireTownLock,
  isTownRunning,
  type TownLock,
  type TownLockOptions,
  type TownLockResult,
} from './townLock';
