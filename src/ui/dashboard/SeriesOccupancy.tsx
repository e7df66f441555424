import type { DashboardSeries } from '../../protocol/series';
import { heatColour } from './seriesFormat';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Where people are over the day: places × hours, each cell shaded by the mean number of people
 * there in that hour (one hue, lighter = more; the number when it fits), the current hour
 * outlined.
 */
export function SeriesOccupancy({
  occupancy,
  hourNow,
}: {
  occupancy: DashboardSeries['occupancy'];
  hourNow: number;
}) {
  const max = Math.max(1, ...occupancy.rows.flatMap((r) => r.people.map((p) => p ?? 0)));
  return (
    <div className="series-heat" data-testid="series-occupancy">
      <table>
        <thead>
          <tr>
            <th scope="col" className="series-heat__place">
              Place
            </th>
            {HOURS.map((h) => (
              <th
                key={h}
                scope="col"
                className={h === hourNow ? 'is-now' : undefined}
                aria-label={`${h}:00`}
              >
                {h % 3 === 0 ? String(h).padStart(2, '0') : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {occupancy.rows.map((row) => (
            <tr key={row.label} className={`series-heat__row is-${row.kind}`}>
              <th scope="row" className="series-heat__place" title={row.label}>
                {row.label}
              </th>
              {row.people.map((p, h) => (
                <td
                  key={h}
                  className={`${h === hourNow ? 'is-now' : ''}${p === null ? ' is-empty' : ''}`}
                  style={
                    p === null
                      ? undefined
                      : {
                          background: heatColour(p, max),
                          color: p / max < 0.45 ? '#e8ecf4' : undefined,
                        }
                  }
                  title={
                    p === null
                      ? `${row.label}, ${h}:00 — not seen yet`
                      : `${row.label}, ${h}:00–${h + 1}:00 — ${p} ${p === 1 ? 'person' : 'people'} on average`
                  }
                >
                  {p !== null && p >= 0.5 && p < 99.5 ? Math.round(p) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
