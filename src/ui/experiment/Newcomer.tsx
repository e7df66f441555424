import type { ExperimentSetup, Intervention } from '../../protocol/experiment';
import { slug } from '../../protocol/text';
import { uniqueId } from '../editor/draftOps';

/** What the form asks of a newcomer. */
export interface NewcomerFields {
  name: string;
  age: string;
  occupation: string;
  traits: string;
  currently: string;
  /** "sector\u0000arena" of a room with a bed. */
  home: string;
  workplace: string;
  knowsId: string;
  knowsAs: string;
}

export const emptyNewcomer = (setup: ExperimentSetup): NewcomerFields => ({
  name: '',
  age: '30',
  occupation: '',
  traits: '',
  currently: '',
  home: setup.homes[0] ? `${setup.homes[0].sector}\u0000${setup.homes[0].arena}` : '',
  workplace: '',
  knowsId: '',
  knowsAs: '',
});

/** The newcomer as an `addPerson` intervention, or what is missing. */
export function newcomerOf(f: NewcomerFields, setup: ExperimentSetup): Intervention | string {
  const name = f.name.trim();
  const occupation = f.occupation.trim();
  const age = Number(f.age);
  const traits = f.traits
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (!name) return 'Give the newcomer a name.';
  if (!Number.isInteger(age) || age < 1 || age > 120) return 'The age is a whole number, 1 to 120.';
  if (!occupation) return 'Say what they do (their occupation).';
  if (!traits.length) return 'Give one or more traits.';
  const [sector, arena] = f.home.split('\u0000');
  if (!sector) return 'Choose where they live.';
  const id = uniqueId(
    slug(name, 'newcomer'),
    setup.people.map((p) => p.id),
  );
  const currently = f.currently.trim() || `${name} has just moved to town and is settling in.`;
  return {
    type: 'addPerson',
    persona: {
      id,
      name,
      age,
      traits,
      learned: `${name} is ${age} and works as ${occupation}, new in town.`,
      currently,
      lifestyle: `${name} gets up at 7, works during the day and goes to bed at 23.`,
      wakeHour: 7,
      sleepHour: 23,
      occupation,
      ...(f.workplace ? { workplace: { sector: f.workplace }, workHours: [9, 17] } : {}),
      home: { sector, ...(arena ? { arena } : {}) },
      hobbies: [],
      relationships:
        f.knowsId && f.knowsAs.trim()
          ? [{ id: f.knowsId, relation: f.knowsAs.trim(), closeness: 0.6 }]
          : [],
      sprite: setup.people.length,
      seedMemories: [],
    },
  };
}

/** The newcomer's fields. */
export function NewcomerForm({
  setup,
  value,
  onChange,
}: {
  setup: ExperimentSetup;
  value: NewcomerFields;
  onChange(next: NewcomerFields): void;
}) {
  const field = (key: keyof NewcomerFields, label: string, placeholder = '', narrow = false) => (
    <label className={narrow ? 'field field--narrow' : 'field'}>
      <span>{label}</span>
      <input
        value={value[key]}
        placeholder={placeholder}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        data-testid={`newcomer-${key}`}
      />
    </label>
  );
  return (
    <>
      <div className="iv-form__row">
        {field('name', 'Name', 'Full name')}
        {field('age', 'Age', '', true)}
        {field('occupation', 'Occupation', 'a nurse')}
        {field('traits', 'Traits', 'curious, shy')}
      </div>
      <div className="iv-form__row">
        <label className="field">
          <span>Lives at</span>
          <select value={value.home} onChange={(e) => onChange({ ...value, home: e.target.value })}>
            {setup.homes.map((h) => (
              <option key={`${h.sector}/${h.arena}`} value={`${h.sector}\u0000${h.arena}`}>
                {h.sector}, {h.arena}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Works at</span>
          <select
            value={value.workplace}
            onChange={(e) => onChange({ ...value, workplace: e.target.value })}
          >
            <option value="">nowhere yet</option>
            {setup.places.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Knows</span>
          <select
            value={value.knowsId}
            onChange={(e) => onChange({ ...value, knowsId: e.target.value })}
          >
            <option value="">nobody</option>
            {setup.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {value.knowsId && field('knowsAs', 'Who is to them…', 'an old friend')}
      </div>
      <div className="iv-form__row">{field('currently', 'On their mind', 'looking for work')}</div>
    </>
  );
}
