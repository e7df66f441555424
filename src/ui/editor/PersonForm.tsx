import type { PersonasDraft } from '../../protocol';
import { Portrait } from '../Portrait';
import { renamePerson, setIn, type Path } from './draftOps';
import { NumberField, PlacePicker, TextField, WordsField } from './fields';
import { Section, setter, type Update } from './formParts';
import { Acquaintances, Pastimes, StartMemories } from './PersonLists';

/** One person: who they are, their day, their places, pastimes, people and memories. */
export function PersonForm({
  draft,
  index,
  update,
}: {
  draft: PersonasDraft;
  index: number;
  update: Update;
}) {
  const p = draft.personas[index];
  const at: Path = ['personas', index];
  const set = (key: string) => setter(update, [...at, key]);
  return (
    <div className="ed-form" data-testid="editor-person-form">
      <Section title="Who">
        <div className="ed-portrait">
          <Portrait sprite={p.sprite ?? 0} size={48} colour="#232a3b" label={p.name} />
        </div>
        <TextField
          label="Name"
          path={[...at, 'name']}
          value={p.name}
          onChange={(v) => update((d) => renamePerson(d, index, v))}
          testId="ed-person-name"
        />
        <TextField
          label="Id"
          path={[...at, 'id']}
          value={p.id}
          hint="lower-case letters, digits and dashes"
          onChange={set('id')}
          testId="ed-person-id"
        />
        <NumberField
          label="Age"
          path={[...at, 'age']}
          value={p.age}
          min={1}
          max={120}
          onChange={set('age')}
          testId="ed-person-age"
        />
        <NumberField
          label="Sprite"
          path={[...at, 'sprite']}
          value={p.sprite}
          min={0}
          optional
          onChange={set('sprite')}
          testId="ed-person-sprite"
        />
        <TextField
          label="Occupation"
          path={[...at, 'occupation']}
          value={p.occupation}
          onChange={set('occupation')}
          testId="ed-person-occupation"
        />
        <WordsField
          label="Traits"
          path={[...at, 'traits']}
          value={p.traits}
          hint="three to five adjectives, with commas"
          onChange={set('traits')}
          testId="ed-person-traits"
        />
        <TextField
          label="Background (learned)"
          path={[...at, 'learned']}
          value={p.learned}
          multiline
          onChange={set('learned')}
          testId="ed-person-learned"
        />
        <TextField
          label="On their mind (currently)"
          path={[...at, 'currently']}
          value={p.currently}
          multiline
          onChange={set('currently')}
          testId="ed-person-currently"
        />
        <TextField
          label="Lifestyle"
          path={[...at, 'lifestyle']}
          value={p.lifestyle}
          wide
          onChange={set('lifestyle')}
          testId="ed-person-lifestyle"
        />
      </Section>
      <Section title="Their day">
        <NumberField
          label="Wakes at (hour)"
          path={[...at, 'wakeHour']}
          value={p.wakeHour}
          min={0}
          max={23}
          onChange={set('wakeHour')}
          testId="ed-person-wake"
        />
        <NumberField
          label="Sleeps at (hour)"
          path={[...at, 'sleepHour']}
          value={p.sleepHour}
          min={0}
          max={24}
          onChange={set('sleepHour')}
          testId="ed-person-sleep"
        />
        <NumberField
          label="Works from (hour)"
          path={[...at, 'workHours', 0]}
          value={p.workHours?.[0]}
          optional
          min={0}
          max={24}
          onChange={(v) =>
            update((d) =>
              setIn(
                d,
                [...at, 'workHours'],
                v === undefined ? undefined : [v, p.workHours?.[1] ?? 17],
              ),
            )
          }
          testId="ed-person-work-from"
        />
        <NumberField
          label="Works until (hour)"
          path={[...at, 'workHours', 1]}
          value={p.workHours?.[1]}
          optional
          min={0}
          max={24}
          onChange={(v) =>
            update((d) =>
              setIn(
                d,
                [...at, 'workHours'],
                v === undefined ? undefined : [p.workHours?.[0] ?? 9, v],
              ),
            )
          }
          testId="ed-person-work-until"
        />
        <PlacePicker
          label={`Home of ${p.name || 'this person'}`}
          path={[...at, 'home']}
          value={p.home}
          onChange={(v) => update((d) => setIn(d, [...at, 'home'], v ?? { sector: '' }))}
          testId="ed-person-home"
        />
        <PlacePicker
          label={`Workplace of ${p.name || 'this person'}`}
          path={[...at, 'workplace']}
          value={p.workplace}
          optional
          onChange={set('workplace')}
          testId="ed-person-work"
        />
      </Section>
      <Pastimes draft={draft} index={index} update={update} />
      <Acquaintances draft={draft} index={index} update={update} />
      <StartMemories draft={draft} index={index} update={update} />
    </div>
  );
}
