/**
 * An experiment's report, for the page: built from its workers' results and written as HTML or
 * CSV exactly as the CLI writes it (the page may import this file, not the runs behind it).
 */
export {
  buildExperimentReport,
  experimentCsv,
  experimentHtml,
  type ExperimentNames,
  type ExperimentReport,
} from './experiment/report';
export type { BranchComparison, MetricComparison, PersonDifference } from './experiment/compare';
