import type { EvalResult } from '../../store/evalSlice';
import { downloadBlob } from '../saves/files';
import { exportFileName } from './evalFormat';

export type ExportKind = 'html' | 'json' | 'csv';

const TYPES: Record<ExportKind, string> = {
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/**
 * Downloads the report as the CLI writes it: report.html (self-contained, every text escaped),
 * report.json or answers.csv. The renderers load on first use, not with the page.
 */
export async function exportReport(result: EvalResult, kind: ExportKind): Promise<void> {
  const { report } = result;
  let text: string;
  if (kind === 'json') text = JSON.stringify(report, null, 2);
  else if (kind === 'html') text = (await import('../../eval/reportHtml')).renderReportHtml(report);
  else text = (await import('../../eval/answersCsv')).answersCsv(report.interviews);
  downloadBlob(
    new Blob([text], { type: TYPES[kind] }),
    exportFileName(report.scenario, result.from, kind),
  );
}
