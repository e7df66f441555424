/**
 * Dashboard reads: why (see src/worker/dashboard/whyReads.ts). Each entry is
 * `kind: { req; res }`; the worker answers them from the town shown, live or replayed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WhyRequests {}
