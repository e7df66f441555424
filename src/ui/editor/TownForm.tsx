import type { PersonasDraft } from '../../protocol';
import { WEEKDAY_NAMES } from '../../sim/clock';
import { setIn } from './draftOps';
import { SelectField, TextField } from './fields';
import { Section, setter, type Update } from './formParts';

/** The town header: name, weekday and time of the start (runs start on day 1). */
export function TownForm({ draft, update }: { draft: PersonasDraft; update: Update }) {
  const town = draft.town ?? {};
  const start = town.start ?? {};
  return (
    <div className="ed-form" data-testid="editor-town-form">
      <Section title="The town">
        <TextField
          label="Name"
          path={['town', 'name']}
          value={town.name}
          onChange={setter(update, ['town', 'name'])}
          testId="ed-town-name"
        />
        <SelectField
          label="Day 1 is a"
          path={['town', 'start', 'weekday']}
          value={(start.weekday ?? '').toLowerCase()}
          onChange={setter(update, ['town', 'start', 'weekday'])}
          options={[
            { value: '', label: '(Monday)' },
            ...WEEKDAY_NAMES.map((w) => ({ value: w, label: w[0].toUpperCase() + w.slice(1) })),
          ]}
          testId="ed-town-weekday"
        />
        <Field24
          value={start.time ?? ''}
          onChange={(t) => update((d) => setIn(d, ['town', 'start', 'time'], t))}
        />
      </Section>
      <p className="muted small">
        Runs start on day 1; events name their day counting from it. The start time and weekday are
        written in the personas file&apos;s <code>town</code> header.
      </p>
    </div>
  );
}

function Field24({ value, onChange }: { value: string; onChange(v: string): void }) {
  return (
    <TextField
      label="Starts at (HH:MM)"
      path={['town', 'start', 'time']}
      value={value}
      placeholder="06:00"
      onChange={onChange}
      testId="ed-town-time"
    />
  );
}
