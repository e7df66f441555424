import { useState } from 'react';
import type { ExperimentSetup, Intervention } from '../../protocol/experiment';
import { KINDS } from './interventions';
import { emptyNewcomer, newcomerOf, NewcomerForm } from './Newcomer';

type Kind = Intervention['type'];

/** One change to add to the branch: pick a kind, fill its fields, add. */
export function InterventionForm({
  setup,
  onAdd,
}: {
  setup: ExperimentSetup;
  onAdd(iv: Intervention): void;
}) {
  const [kind, setKind] = useState<Kind>(setup.storylines.length ? 'forgetStoryline' : 'whisper');
  const [agentId, setAgentId] = useState(setup.people[0]?.id ?? '');
  const [text, setText] = useState('');
  const [storylineId, setStorylineId] = useState(setup.storylines[0]?.id ?? '');
  const [who, setWho] = useState<'source' | 'everyone'>('source');
  const [eventId, setEventId] = useState(setup.events[0]?.id ?? '');
  const [day, setDay] = useState('');
  const [startHour, setStartHour] = useState('');
  const [place, setPlace] = useState('');
  const [newcomer, setNewcomer] = useState(() => emptyNewcomer(setup));
  const [problem, setProblem] = useState<string | null>(null);
  const help = KINDS.find((k) => k.type === kind)?.help;

  const build = (): Intervention | string => {
    const words = text.trim();
    switch (kind) {
      case 'whisper':
      case 'setCurrently':
        return words ? { type: kind, agentId, text: words } : 'Write what they hear or think.';
      case 'announce':
        return words
          ? { type: kind, text: words, ...(place ? { place: { sector: place } } : {}) }
          : 'Write what is announced.';
      case 'deleteMemory':
        return words ? { type: kind, agentId, match: words } : 'Type words the memories contain.';
      case 'setTraits': {
        const traits = words
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        return traits.length ? { type: kind, agentId, traits } : 'Give one or more traits.';
      }
      case 'removePerson':
        return { type: kind, agentId };
      case 'addPerson':
        return newcomerOf(newcomer, setup);
      case 'forgetStoryline':
        return storylineId ? { type: kind, storylineId, who } : 'This town has no storylines.';
      case 'moveEvent': {
        if (!eventId) return 'Nobody knows of an event to move.';
        const d = day ? Number(day) : undefined;
        const h = startHour ? Number(startHour) : undefined;
        if (d !== undefined && !(Number.isInteger(d) && d >= 1)) return 'The day is 1 or later.';
        if (h !== undefined && !(h >= 0 && h < 24)) return 'The hour is 0 to 23.';
        if (d === undefined && h === undefined && !place) return 'Give a day, an hour or a place.';
        return {
          type: kind,
          eventId,
          ...(d !== undefined ? { day: d } : {}),
          ...(h !== undefined ? { startHour: h } : {}),
          ...(place ? { place: { sector: place } } : {}),
        };
      }
    }
  };

  const add = () => {
    const iv = build();
    if (typeof iv === 'string') return setProblem(iv);
    setProblem(null);
    setText('');
    if (iv.type === 'addPerson') setNewcomer(emptyNewcomer(setup));
    onAdd(iv);
  };

  const person = (
    <label className="field">
      <span>Person</span>
      <select value={agentId} onChange={(e) => setAgentId(e.target.value)} data-testid="iv-person">
        {setup.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
  const places = (label: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={place} onChange={(e) => setPlace(e.target.value)} data-testid="iv-place">
        <option value="">{kind === 'announce' ? 'everywhere' : 'where it was'}</option>
        {setup.places.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
  const words = (label: string, placeholder: string) => (
    <label className="field field--wide">
      <span>{label}</span>
      <input
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
        data-testid="iv-text"
      />
    </label>
  );

  return (
    <div className="iv-form" data-testid="iv-form">
      <div className="iv-form__row">
        <label className="field">
          <span>Change</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            data-testid="iv-kind"
          >
            {KINDS.map((k) => (
              <option key={k.type} value={k.type}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        {kind === 'forgetStoryline' && (
          <>
            <label className="field">
              <span>Storyline</span>
              <select
                value={storylineId}
                onChange={(e) => setStorylineId(e.target.value)}
                data-testid="iv-storyline"
              >
                {setup.storylines.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Who forgets</span>
              <select value={who} onChange={(e) => setWho(e.target.value as typeof who)}>
                <option value="source">its source</option>
                <option value="everyone">everyone who knows it</option>
              </select>
            </label>
          </>
        )}
        {kind === 'moveEvent' && (
          <>
            <label className="field">
              <span>Event</span>
              <select value={eventId} onChange={(e) => setEventId(e.target.value)}>
                {setup.events.map((ev) => (
                  <option key={ev.id} value={ev.id}>
                    {ev.what} (day {ev.day}, {ev.startHour}h)
                  </option>
                ))}
              </select>
            </label>
            <label className="field field--narrow">
              <span>Day</span>
              <input type="number" min={1} value={day} onChange={(e) => setDay(e.target.value)} />
            </label>
            <label className="field field--narrow">
              <span>Hour</span>
              <input
                type="number"
                min={0}
                max={23}
                step={0.25}
                value={startHour}
                onChange={(e) => setStartHour(e.target.value)}
              />
            </label>
            {places('Place')}
          </>
        )}
        {['whisper', 'setCurrently', 'deleteMemory', 'setTraits', 'removePerson'].includes(kind) &&
          person}
        {kind === 'announce' && places('Where')}
      </div>
      {kind === 'addPerson' && (
        <NewcomerForm setup={setup} value={newcomer} onChange={setNewcomer} />
      )}
      {kind === 'whisper' && words('They hear', 'You feel like staying home today.')}
      {kind === 'announce' && words('Announcement', 'A storm is coming tonight.')}
      {kind === 'setCurrently' && words('On their mind', 'wants to find a new job')}
      {kind === 'deleteMemory' && words('Memories containing', 'a word or phrase')}
      {kind === 'setTraits' && words('Traits (comma-separated)', 'shy, careful, kind')}
      <p className="muted small">{help}</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="btn" onClick={add} data-testid="iv-add">
        + Add this change
      </button>
    </div>
  );
}
