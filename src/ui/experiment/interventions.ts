import type { ExperimentSetup, Intervention } from '../../protocol/experiment';

/** The kinds of change the page offers, in menu order, with a label and a one-line help. */
export const KINDS: { type: Intervention['type']; label: string; help: string }[] = [
  {
    type: 'forgetStoryline',
    label: 'Forget a storyline',
    help: 'Its source (or everyone) forgets it: the memories that carry its event or news go.',
  },
  { type: 'whisper', label: 'Whisper', help: 'An inner voice tells one person something.' },
  { type: 'announce', label: 'Announce', help: 'Everyone (or everyone at one place) hears it.' },
  {
    type: 'deleteMemory',
    label: 'Delete memories',
    help: 'One person forgets every memory whose words contain what you type.',
  },
  {
    type: 'setTraits',
    label: 'Change traits',
    help: "A person's innate traits, e.g. shy, careful.",
  },
  { type: 'setCurrently', label: 'Change what is on their mind', help: "A persona's `currently`." },
  {
    type: 'moveEvent',
    label: 'Move an event',
    help: 'Another day, hour or place for everyone who knows it.',
  },
  {
    type: 'removePerson',
    label: 'Remove a person',
    help: 'They leave the town; ties to them end.',
  },
];

type Names = Pick<ExperimentSetup, 'people' | 'storylines' | 'events'>;

const nameOf = (s: Names, id: string) => s.people.find((p) => p.id === id)?.name ?? id;
const hour = (h: number) =>
  `${String(Math.floor(h)).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;

/** An intervention in a few words, with people and storylines by name. */
export function describeIntervention(iv: Intervention, s: Names): string {
  switch (iv.type) {
    case 'whisper':
      return `Whisper to ${nameOf(s, iv.agentId)}: “${iv.text}”`;
    case 'announce':
      return `Announce${iv.place ? ` at ${iv.place.sector}` : ''}: “${iv.text}”`;
    case 'deleteMemory':
      return `${nameOf(s, iv.agentId)} forgets memories with “${iv.match}”`;
    case 'setCurrently':
      return `${nameOf(s, iv.agentId)} now has on their mind: “${iv.text}”`;
    case 'setTraits':
      return `${nameOf(s, iv.agentId)} is ${iv.traits.join(', ')}`;
    case 'removePerson':
      return `${nameOf(s, iv.agentId)} leaves the town`;
    case 'addPerson':
      return `${iv.persona.name} (${iv.persona.age}, ${iv.persona.occupation}) moves in at ${iv.persona.home.sector}`;
    case 'forgetStoryline': {
      const story = s.storylines.find((st) => st.id === iv.storylineId);
      const label = story?.label ?? iv.storylineId;
      return iv.who === 'source'
        ? `${story ? nameOf(s, story.seedAgentId) : 'Its source'} forgets ${label}`
        : `Everyone forgets ${label}`;
    }
    case 'moveEvent': {
      const e = s.events.find((ev) => ev.id === iv.eventId);
      const parts = [
        iv.day !== undefined ? `day ${iv.day}` : null,
        iv.startHour !== undefined ? `at ${hour(iv.startHour)}` : null,
        iv.place ? `at ${iv.place.sector}` : null,
      ].filter(Boolean);
      return `Move ${e?.what ?? iv.eventId} to ${parts.join(' ') || 'the same time'}`;
    }
  }
}

/** A short branch name from its first change ("no-source", "whisper"). */
export function branchNameOf(ivs: Intervention[]): string {
  const first = ivs[0];
  if (!first) return 'branch';
  const more = ivs.length > 1 ? ` +${ivs.length - 1}` : '';
  const label = KINDS.find((k) => k.type === first.type)?.label.toLowerCase() ?? first.type;
  return `${label}${more}`;
}
