import type { PersonasDraft } from '../../protocol';
import { listOf, setIn, type Path } from './draftOps';
import { NumberField, PlacePicker, SelectField, TextField } from './fields';
import { AddButton, RemoveButton, Section, setter, type Update } from './formParts';

/** The person `index` of the draft, and how to change the draft. */
interface PersonProps {
  draft: PersonasDraft;
  index: number;
  update: Update;
}

/** What a person does in their free time, and where. */
export function Pastimes({ draft, index, update }: PersonProps) {
  const p = draft.personas[index];
  const at: Path = ['personas', index];
  const hobbies = listOf(p.hobbies);
  return (
    <Section title="Pastimes">
      {hobbies.map((h, j) => (
        <div className="ed-item" key={j} data-testid="ed-hobby">
          <TextField
            label="Activity"
            path={[...at, 'hobbies', j, 'activity']}
            value={h.activity}
            onChange={setter(update, [...at, 'hobbies', j, 'activity'])}
          />
          <NumberField
            label="Preferred hour"
            path={[...at, 'hobbies', j, 'hour']}
            value={h.hour}
            optional
            min={0}
            max={23}
            onChange={setter(update, [...at, 'hobbies', j, 'hour'])}
          />
          <PlacePicker
            label={`Pastime ${j + 1} place`}
            path={[...at, 'hobbies', j, 'place']}
            value={h.place}
            onChange={(v) =>
              update((d) => setIn(d, [...at, 'hobbies', j, 'place'], v ?? { sector: '' }))
            }
            testId={`ed-hobby-${j}-place`}
          />
          <RemoveButton
            onClick={() =>
              update((d) =>
                setIn(
                  d,
                  [...at, 'hobbies'],
                  hobbies.filter((_, k) => k !== j),
                ),
              )
            }
            what="pastime"
          />
        </div>
      ))}
      <AddButton
        onClick={() =>
          update((d) =>
            setIn(d, [...at, 'hobbies'], [...hobbies, { activity: '', place: { ...p.home } }]),
          )
        }
        what="pastime"
      />
    </Section>
  );
}

/** The people a person knows, and how they see them. */
export function Acquaintances({ draft, index, update }: PersonProps) {
  const p = draft.personas[index];
  const at: Path = ['personas', index];
  const others = draft.personas.filter((_, i) => i !== index);
  const relationships = listOf(p.relationships);
  return (
    <Section title="People they know">
      {relationships.map((r, j) => (
        <div className="ed-item" key={j} data-testid="ed-relationship">
          <SelectField
            label="Person"
            path={[...at, 'relationships', j, 'id']}
            value={r.id}
            onChange={setter(update, [...at, 'relationships', j, 'id'])}
            options={[
              ...(others.some((o) => o.id === r.id)
                ? []
                : [{ value: r.id, label: `${r.id || '—'} (nobody here)` }]),
              ...others.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <TextField
            label="How they see them"
            path={[...at, 'relationships', j, 'relation']}
            value={r.relation}
            placeholder="my sister"
            onChange={setter(update, [...at, 'relationships', j, 'relation'])}
          />
          <NumberField
            label="Closeness (−1 … 1)"
            path={[...at, 'relationships', j, 'closeness']}
            value={r.closeness}
            optional
            min={-1}
            max={1}
            step={0.1}
            onChange={setter(update, [...at, 'relationships', j, 'closeness'])}
          />
          <RemoveButton
            onClick={() =>
              update((d) =>
                setIn(
                  d,
                  [...at, 'relationships'],
                  relationships.filter((_, k) => k !== j),
                ),
              )
            }
            what="relationship"
          />
        </div>
      ))}
      <AddButton
        disabled={!others.length}
        onClick={() =>
          update((d) =>
            setIn(
              d,
              [...at, 'relationships'],
              [...relationships, { id: others[0]?.id ?? '', relation: 'a friend', closeness: 0.5 }],
            ),
          )
        }
        what="relationship"
      />
    </Section>
  );
}

/** What a person remembers at the start (events are under Events). */
export function StartMemories({ draft, index, update }: PersonProps) {
  const p = draft.personas[index];
  const at: Path = ['personas', index];
  const memories = listOf(p.seedMemories)
    .map((m, j) => ({ m, j }))
    .filter(({ m }) => !m.event);
  return (
    <Section title="Memories they start with">
      {memories.map(({ m, j }) => (
        <div className="ed-item" key={j} data-testid="ed-memory">
          <TextField
            label="Memory"
            path={[...at, 'seedMemories', j, 'text']}
            value={m.text}
            multiline
            onChange={setter(update, [...at, 'seedMemories', j, 'text'])}
          />
          <NumberField
            label="Importance (1–10)"
            path={[...at, 'seedMemories', j, 'importance']}
            value={m.importance}
            optional
            min={1}
            max={10}
            onChange={setter(update, [...at, 'seedMemories', j, 'importance'])}
          />
          <TextField
            label="News to spread (optional tag)"
            path={[...at, 'seedMemories', j, 'news']}
            value={m.news}
            onChange={setter(update, [...at, 'seedMemories', j, 'news'])}
          />
          <RemoveButton
            onClick={() =>
              update((d) =>
                setIn(
                  d,
                  [...at, 'seedMemories'],
                  listOf(p.seedMemories).filter((_, k) => k !== j),
                ),
              )
            }
            what="memory"
          />
        </div>
      ))}
      <AddButton
        onClick={() =>
          update((d) =>
            setIn(
              d,
              [...at, 'seedMemories'],
              [...listOf(p.seedMemories), { text: '', importance: 5 }],
            ),
          )
        }
        what="memory"
      />
      <p className="muted small ed-wide">Events they know of are under Events.</p>
    </Section>
  );
}
