import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useEditor, type PickTarget } from './context';
import { fieldProblems, hourOf, hourText, type Path, type PlaceDraft } from './draftOps';

/** A labelled control with its problems listed under it (as text). */
export function Field({
  label,
  path,
  children,
  wide,
  hint,
}: {
  label: string;
  path: Path;
  children: (id: string, invalid: boolean) => ReactNode;
  wide?: boolean;
  hint?: string;
}) {
  const id = useId();
  const { check } = useEditor();
  const { errors, warnings } = fieldProblems(check, path);
  const key = path.join('.');
  return (
    <div
      className={`ed-field${wide ? ' ed-field--wide' : ''}${errors.length ? ' has-error' : ''}`}
      data-path={key}
    >
      <label htmlFor={id}>{label}</label>
      {children(id, errors.length > 0)}
      {hint && !errors.length && <span className="ed-hint">{hint}</span>}
      {errors.map((p, i) => (
        <span key={`e${i}`} className="ed-problem ed-problem--error" data-testid="field-error">
          {p.message}
        </span>
      ))}
      {warnings.map((p, i) => (
        <span key={`w${i}`} className="ed-problem ed-problem--warning">
          {p.message}
        </span>
      ))}
    </div>
  );
}

export function TextField({
  label,
  path,
  value,
  onChange,
  multiline,
  wide,
  hint,
  testId,
  placeholder,
}: {
  label: string;
  path: Path;
  value: string | undefined;
  onChange(value: string): void;
  multiline?: boolean;
  wide?: boolean;
  hint?: string;
  testId?: string;
  placeholder?: string;
}) {
  return (
    <Field label={label} path={path} wide={wide || multiline} hint={hint}>
      {(id, invalid) =>
        multiline ? (
          <textarea
            id={id}
            rows={3}
            value={value ?? ''}
            placeholder={placeholder}
            aria-invalid={invalid}
            onChange={(e) => onChange(e.target.value)}
            data-testid={testId}
          />
        ) : (
          <input
            id={id}
            value={value ?? ''}
            placeholder={placeholder}
            aria-invalid={invalid}
            onChange={(e) => onChange(e.target.value)}
            data-testid={testId}
          />
        )
      }
    </Field>
  );
}

/** A number; empty is NaN (required: the check says so) or undefined (`optional`). */
export function NumberField({
  label,
  path,
  value,
  onChange,
  min,
  max,
  step = 1,
  optional,
  testId,
}: {
  label: string;
  path: Path;
  value: number | undefined;
  onChange(value: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
  optional?: boolean;
  testId?: string;
}) {
  return (
    <Field label={label} path={path}>
      {(id, invalid) => (
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={value === undefined || !Number.isFinite(value) ? '' : value}
          aria-invalid={invalid}
          onChange={(e) =>
            onChange(
              e.target.value === '' ? (optional ? undefined : Number.NaN) : Number(e.target.value),
            )
          }
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** An hour of the day (fractional hours) edited as a clock time. */
export function TimeField({
  label,
  path,
  value,
  onChange,
  testId,
}: {
  label: string;
  path: Path;
  value: number;
  onChange(value: number): void;
  testId?: string;
}) {
  return (
    <Field label={label} path={path}>
      {(id, invalid) => (
        <input
          id={id}
          type="time"
          value={hourText(value)}
          aria-invalid={invalid}
          onChange={(e) => onChange(hourOf(e.target.value))}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  path,
  value,
  onChange,
  options,
  testId,
  hint,
}: {
  label: string;
  path: Path;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  testId?: string;
  hint?: string;
}) {
  return (
    <Field label={label} path={path} hint={hint}>
      {(id, invalid) => (
        <select
          id={id}
          value={value}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * A place from the map: a sector, then optionally one of its arenas; or a click on the map
 * preview (📍). `optional` offers "none" (a person without a workplace).
 */
export function PlacePicker({
  label,
  path,
  value,
  onChange,
  optional,
  testId,
}: {
  label: string;
  path: Path;
  value: PlaceDraft | undefined;
  onChange(value: PlaceDraft | undefined): void;
  optional?: boolean;
  testId: string;
}) {
  const { map, pickTarget, setPickTarget } = useEditor();
  const sectorId = useId();
  const sector = value?.sector ?? '';
  const place = map?.places.find((p) => p.sector === sector);
  const known = !sector || !!place;
  // The map pick this picker asked for (a pick must never land on a field no longer shown).
  const mine = useRef<PickTarget | null>(null);
  const shownPick = useRef(pickTarget);
  useEffect(() => {
    shownPick.current = pickTarget;
  });
  useEffect(
    () => () => {
      if (mine.current && shownPick.current === mine.current) setPickTarget(null);
    },
    [setPickTarget],
  );
  const picking = pickTarget !== null && pickTarget === mine.current;
  return (
    <Field label={label} path={path} wide>
      {(id, invalid) => (
        <div className="ed-place" data-testid={testId}>
          <select
            id={id}
            value={sector}
            aria-invalid={invalid}
            aria-label={`${label}: place`}
            onChange={(e) =>
              onChange(
                e.target.value ? { sector: e.target.value } : optional ? undefined : { sector: '' },
              )
            }
            data-testid={`${testId}-sector`}
          >
            <option value="">{optional ? '— none —' : '— choose a place —'}</option>
            {!known && <option value={sector}>{sector} (not on this map)</option>}
            {map?.places.map((p) => (
              <option key={p.sector} value={p.sector}>
                {p.sector}
                {p.kind ? ` · ${p.kind}` : ''}
              </option>
            ))}
          </select>
          <select
            id={sectorId}
            value={value?.arena ?? ''}
            aria-label={`${label}: room`}
            disabled={!place?.arenas.length}
            onChange={(e) =>
              value &&
              onChange({
                sector: value.sector,
                ...(e.target.value ? { arena: e.target.value } : {}),
              })
            }
            data-testid={`${testId}-arena`}
          >
            <option value="">whole place</option>
            {value?.arena && !place?.arenas.some((a) => a.name === value.arena) && (
              <option value={value.arena}>{value.arena} (not in this place)</option>
            )}
            {place?.arenas.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={`btn btn--small${picking ? ' is-on' : ''}`}
            aria-pressed={picking}
            title="Pick it on the map"
            onClick={() => {
              mine.current = picking
                ? null
                : {
                    label,
                    current: value,
                    pick: (p) => {
                      onChange(p);
                      setPickTarget(null);
                    },
                  };
              setPickTarget(mine.current);
            }}
            data-testid={`${testId}-pick`}
          >
            📍 Map
          </button>
        </div>
      )}
    </Field>
  );
}

/** Words typed with commas ("warm, curious"): empty ones are left out of the list. */
function words(text: string): string[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
}

/** A list of words typed with commas; the text is kept as typed while it means the same list. */
export function WordsField({
  label,
  path,
  value,
  onChange,
  testId,
  hint,
}: {
  label: string;
  path: Path;
  value: string[];
  onChange(value: string[]): void;
  testId?: string;
  hint?: string;
}) {
  const [text, setText] = useState(value.join(', '));
  const same = words(text).join('\u0000') === value.join('\u0000');
  return (
    <TextField
      label={label}
      path={path}
      value={same ? text : value.join(', ')}
      hint={hint}
      onChange={(v) => {
        setText(v);
        onChange(words(v));
      }}
      testId={testId}
    />
  );
}
