/**
 * The dashboard's "Over time" series (src/eval/series.ts) as long tables: one row per time point
 * (and storyline or place), so the columns stay the same whatever the town.
 */
import { formatClock, gameTime } from '../../sim/clock';
import type { World } from '../../sim/world/world';
import { dashboardSeries, type OccupancySample } from '../series';
import type { Cell, Table } from './csv';

export const KNOWERS_COLUMNS = [
  'storylineId',
  'label',
  'step',
  'day',
  'clock',
  'told',
  'sawOnly',
] as const;
export const DENSITY_COLUMNS = ['step', 'day', 'clock', 'density'] as const;
export const CONVERSATIONS_PER_HOUR_COLUMNS = [
  'hourStep',
  'day',
  'clock',
  'conversations',
] as const;
export const OCCUPANCY_COLUMNS = ['day', 'hour', 'clock', 'place', 'kind', 'people'] as const;

type Row<C extends readonly string[]> = Record<C[number], Cell>;

/** Every dashboard series of the world; `samples` are the day's occupancy samples (may be none). */
export function seriesTables(world: World, samples: readonly OccupancySample[]): Table[] {
  const s = dashboardSeries(world, samples);
  const at = (step: number) => {
    const t = gameTime(step, world.firstWeekday);
    return { step, day: t.day, clock: formatClock(t.minuteOfDay) };
  };
  const knowers: Row<typeof KNOWERS_COLUMNS>[] = [];
  for (const story of s.storylines)
    s.steps.forEach((step, i) =>
      knowers.push({
        storylineId: story.id,
        label: story.label,
        ...at(step),
        told: story.told[i] ?? null,
        sawOnly: story.sawOnly[i] ?? null,
      }),
    );
  const density: Row<typeof DENSITY_COLUMNS>[] = s.steps.map((step, i) => ({
    ...at(step),
    density: s.density[i] ?? null,
  }));
  const perHour: Row<typeof CONVERSATIONS_PER_HOUR_COLUMNS>[] = s.conversations.hourSteps.map(
    (step, i) => {
      const { day, clock } = at(step);
      return { hourStep: step, day, clock, conversations: s.conversations.counts[i] ?? 0 };
    },
  );
  const occupancy: Row<typeof OCCUPANCY_COLUMNS>[] = [];
  const { day, rows } = s.occupancy;
  for (const row of rows)
    row.people.forEach((people, hour) => {
      if (people === null) return;
      occupancy.push({
        day,
        hour,
        clock: formatClock(hour * 60),
        place: row.label,
        kind: row.kind,
        people,
      });
    });
  return [
    { name: 'series_knowers', columns: KNOWERS_COLUMNS, rows: knowers },
    { name: 'series_density', columns: DENSITY_COLUMNS, rows: density },
    { name: 'series_conversations', columns: CONVERSATIONS_PER_HOUR_COLUMNS, rows: perHour },
    { name: 'series_occupancy', columns: OCCUPANCY_COLUMNS, rows: occupancy },
  ];
}
