import { toStorageError, type TownDatabase } from './db';

/** A "What if…?" experiment kept with the town it branched from. */
export interface ExperimentRecord {
  id: string;
  townId: string;
  /** ISO time it finished. */
  createdAt: string;
  title: string;
  /** The branch point ("day 2 14:05"). */
  clock: string;
  /** The report as JSON (`ExperimentReport`); persist does not read it. */
  report: unknown;
}

export type ExperimentSummary = Omit<ExperimentRecord, 'report'>;

/** Largest report kept, characters of JSON (a report of 25 people × 3 seeds is ~0.2 MB). */
const MAX_REPORT_CHARS = 20_000_000;

/** Experiments in the app's database (the save store hands it out). */
export class ExperimentStore {
  constructor(private readonly db: TownDatabase) {}

  async put(record: ExperimentRecord): Promise<void> {
    if (JSON.stringify(record.report).length > MAX_REPORT_CHARS)
      throw new Error('This experiment is too large to keep; export its report instead.');
    try {
      await this.db.put('experiments', record);
    } catch (err) {
      throw toStorageError(err, 'the experiment');
    }
  }

  /** A town's experiments, newest first, without their reports. */
  async list(townId: string): Promise<ExperimentSummary[]> {
    const all = await this.db.getAllFromIndex('experiments', 'townId', townId);
    return all
      .map(({ report: _report, ...summary }) => summary)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  async get(id: string): Promise<ExperimentRecord> {
    const record = await this.db.get('experiments', id);
    if (!record) throw new Error('That experiment is no longer kept.');
    return record;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('experiments', id);
  }
}
