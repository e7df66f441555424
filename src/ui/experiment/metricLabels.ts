import type { ExperimentNames } from '../../eval/experimentReport';

/** A metric's name as a reader says it ("knowers.fair" → "Know of the fair (told)"). */
export function metricLabel(metric: string, names?: ExperimentNames): string {
  const dot = metric.indexOf('.');
  const head = dot < 0 ? metric : metric.slice(0, dot);
  const id = dot < 0 ? '' : metric.slice(dot + 1);
  const thing = names?.things[id] ?? id;
  switch (head) {
    case 'knowers':
      return `Know of ${thing} (told)`;
    case 'sawOnly':
      return `Only saw ${thing}`;
    case 'invited':
      return `Invited to ${thing}`;
    case 'attended':
      return `Went to ${thing}`;
    case 'density':
      return 'Acquaintance density';
    case 'conversations':
      return 'Conversations';
    case 'memories':
      return 'Memories per person';
    default:
      return metric;
  }
}

/** A number as a table shows it: integers whole, others to two places. */
export function num(v: number | null): string {
  if (v === null) return '–';
  if (Number.isInteger(v)) return String(v);
  // Fractions (densities) keep three places; a difference that rounds away reads 0, not -0.
  const text = v.toFixed(Math.abs(v) < 1 ? 3 : 2).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
