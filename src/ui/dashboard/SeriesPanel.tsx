import { Empty, ErrorLine, Loading } from '../inspector/bits';
import { useRequest } from '../hooks/useRequest';
import { SeriesChart } from './SeriesChart';
import { SeriesOccupancy } from './SeriesOccupancy';
import { SAW_DASH, SERIES_COLOURS, hourLabel, percent, stepHours } from './seriesFormat';

/** Conversations bars sit in the middle of their hour; the legend names the hour. */
function hourSpan(centre: number): string {
  const start = Math.floor(centre);
  const clock = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return `${hourLabel(start).replace(/ \d\d:\d\d$/, '')} ${clock(start)}–${clock(start + 1)}`;
}

/**
 * "Over time": how news spreads (told vs only saw, one small chart per storyline on the same
 * scale), how many know each other, how much people talk, and where they are through the day.
 * Polls the town shown once a second while its clock moves (live or replayed).
 */
export function SeriesPanel() {
  const { data, error, reload } = useRequest('dashboardSeries', {});
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data) return <Loading what="the town’s series" />;
  const x = data.steps.map(stepHours);
  const n = data.population;
  const convX = data.conversations.hourSteps.map((s) => stepHours(s) + 0.5);
  const convNow = data.conversations.counts.at(-1) ?? 0;
  const convTotal = data.conversations.counts.reduce((a, b) => a + b, 0);
  const hourNow = Math.floor(stepHours(data.step)) % 24;
  return (
    <div className="series" data-testid="series-panel" data-step={data.step}>
      <section className="series__block">
        <h3 className="series__title">Who knows the news</h3>
        <p className="series__note muted">
          Solid: told (a memory carries it). Dashed: only saw something, nobody told them. Out of{' '}
          {n} people.
        </p>
        {data.storylines.length === 0 && <Empty>This town has no storylines to follow.</Empty>}
        <div className="series__multiples">
          {data.storylines.map((s, i) => {
            const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
            const told = s.told.at(-1) ?? 0;
            const saw = s.sawOnly.at(-1) ?? 0;
            return (
              <figure key={s.id} className="series__figure" data-testid="series-story">
                <figcaption>
                  <span className="series__swatch" style={{ background: colour }} />
                  <span className="series__label">{s.label}</span>
                  <span className="series__value" data-testid="series-story-now">
                    {told} told{saw ? ` · ${saw} only saw` : ''}
                  </span>
                </figcaption>
                <SeriesChart
                  x={x}
                  yMax={n}
                  height={120}
                  lines={[
                    { label: 'Told', values: s.told, colour, fill: `${colour}33` },
                    { label: 'Only saw', values: s.sawOnly, colour, dash: SAW_DASH },
                  ]}
                />
              </figure>
            );
          })}
        </div>
      </section>

      <section className="series__block">
        <h3 className="series__title">
          Who knows whom{' '}
          <span className="series__value" data-testid="series-density-now">
            {percent(data.density.at(-1) ?? 0)} of pairs
          </span>
        </h3>
        <SeriesChart
          x={x}
          yMax={1}
          height={120}
          yValue={percent}
          testId="series-density"
          lines={[{ label: 'Acquainted pairs', values: data.density, colour: SERIES_COLOURS[1] }]}
        />
      </section>

      <section className="series__block" data-testid="series-talk" data-total={convTotal}>
        <h3 className="series__title">
          Conversations per hour{' '}
          <span className="series__value" data-testid="series-conversations-now">
            {convNow} this hour
          </span>
        </h3>
        <SeriesChart
          x={convX}
          height={120}
          xValue={hourSpan}
          testId="series-conversations"
          lines={[
            {
              label: 'Started',
              values: data.conversations.counts,
              colour: SERIES_COLOURS[2],
              fill: `${SERIES_COLOURS[2]}aa`,
              bars: true,
            },
          ]}
        />
      </section>

      <section className="series__block">
        <h3 className="series__title">Where people are · day {data.occupancy.day}</h3>
        <p className="series__note muted">
          People on average in each hour; brighter is busier. Hover a cell for the number.
        </p>
        <SeriesOccupancy occupancy={data.occupancy} hourNow={hourNow} />
      </section>
    </div>
  );
}
