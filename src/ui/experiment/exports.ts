import { experimentCsv, experimentHtml, type ExperimentReport } from '../../eval/experimentReport';
import { fileSafeName } from '../../protocol/text';
import { downloadBlob } from '../saves/files';

export type ExperimentExportKind = 'html' | 'json' | 'csv';

const TYPES: Record<ExperimentExportKind, string> = {
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** Downloads the report as the CLI writes it: report.html, report.json or summary.csv. */
export function exportExperiment(report: ExperimentReport, kind: ExperimentExportKind): void {
  const text =
    kind === 'json'
      ? JSON.stringify(report, null, 2)
      : kind === 'html'
        ? experimentHtml(report)
        : experimentCsv(report);
  const town = report.spec.from?.townName ?? report.spec.town;
  const branch = report.comparisons[0]?.branch ?? 'experiment';
  const name = fileSafeName(`what-if ${town} ${branch}`);
  downloadBlob(new Blob([text], { type: TYPES[kind] }), `${name}.${kind}`);
}
