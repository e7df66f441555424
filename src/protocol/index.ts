/**
 * The contract between the page (store, ui, game) and the simulation worker, split by concern:
 * messages and frames, requests, inspector views, the mind, saves, evaluations. Both sides import
 * it from here; neither reaches into the other's internals (eslint zones, eslint.config.js).
 */
export * from './messages';
export * from './requests';
export * from './views';
export * from './mind';
export * from './saves';
export * from './eval';
export * from './scenario';
