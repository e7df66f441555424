import type { DashboardSeries } from '../eval/series';

export type { DashboardSeries, OccupancyRow, StorySeries } from '../eval/series';

/**
 * Dashboard reads: series (see src/worker/dashboard/seriesReads.ts). Each entry is
 * `kind: { req; res }`; the worker answers them from the town shown, live or replayed.
 */
export interface SeriesRequests {
  /** Every "Over time" series of the town shown, up to its current step. */
  dashboardSeries: { req: Record<string, never>; res: DashboardSeries };
  /** The data export (docs/data.md) of the town shown: every table as CSV and JSON, one zip. */
  exportData: { req: { townName?: string }; res: DataExport };
}

/** A zip of the data export and what it holds. */
export interface DataExport {
  bytes: Uint8Array;
  /** Game day of the town shown (for the file name). */
  day: number;
  files: number;
}
