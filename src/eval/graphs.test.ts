import { describe, expect, it } from 'vitest';
import { remember } from '../sim/cognition/recall';
import { STEPS_PER_HOUR, stepAt } from '../sim/clock';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld, type World } from '../sim/world/world';
import {
  allMoments,
  MAX_PEOPLE,
  relationKind,
  relationshipGraph,
  timeline,
  toldByGraph,
} from './graphs';

const rel = (relation: string, closeness: number, timesTalked = 0) => ({
  relation,
  closeness,
  summary: relation,
  timesTalked,
  since: -1,
  lastTalkStep: -1,
});

/** Ada tells Ben of her event in a conversation; Ben tells Cleo (no conversation recorded). */
function tellingTown(): World {
  const world = createWorld(smallScenario(), { seed: 1 });
  const ada = world.agent('ada')!;
  const event = ada.memory.nodes.find((n) => n.event)!.event!;
  world.step += 2 * STEPS_PER_HOUR;
  world.conversations.push({
    id: 'c1',
    participants: ['ada', 'ben'],
    startStep: world.step - 2,
    endStep: world.step + 4,
    place: 'Corner Café, café',
    lines: [
      { speakerId: 'ada', text: 'Come to my evening!', step: world.step - 2, opId: 'op1' },
      {
        speakerId: 'ada',
        text: 'It is on day 2.',
        step: world.step,
        opId: 'op2',
        shares: [{ gist: 'Ada is hosting a tasting evening.', event }],
      },
    ],
  });
  remember(world, world.agent('ben')!, {
    type: 'event',
    description: 'Ada told me about a tasting evening.',
    event,
    gist: 'Ada is hosting a tasting evening.',
    source: 'ada',
    subjectId: 'ada',
    opId: 'op2',
  });
  world.step += 2 * STEPS_PER_HOUR;
  remember(world, world.agent('cleo')!, {
    type: 'event',
    description: 'Ben told me about a tasting evening.',
    event,
    gist: 'Ada is hosting a tasting evening.',
    source: 'ben',
    subjectId: 'ben',
  });
  return world;
}

describe('relationKind', () => {
  it('reads the kind from generic words of the relation', () => {
    expect(relationKind('my wife')).toBe('partner');
    expect(relationKind('my older brother')).toBe('family');
    expect(relationKind('a colleague at the office')).toBe('colleague');
    expect(relationKind('my neighbour across the lane')).toBe('neighbour');
    expect(relationKind('my oldest friend and my rival at cards')).toBe('friend');
    expect(relationKind('a regular customer')).toBe('regular');
    expect(relationKind('someone I met in town')).toBe('met');
    expect(relationKind('pulls my pint')).toBe('other');
  });
});

describe('relationshipGraph', () => {
  it('joins both sides of a pair: mean closeness, the more specific kind, most talk', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    world.agent('ada')!.s.relationships.ben = rel('someone I met in town', 0.2, 1);
    world.agent('ben')!.s.relationships.ada = rel('my cousin', 0.6, 3);
    world.agent('cleo')!.s.relationships.ada = rel('someone I met in town', -0.4);
    const g = relationshipGraph(world);
    expect(g.edges).toEqual([
      { a: 'ada', b: 'ben', closeness: 0.4, kind: 'family', talked: 3 },
      { a: 'ada', b: 'cleo', closeness: -0.4, kind: 'met', talked: 0 },
    ]);
    expect(g.hidden).toBe(0);
  });

  it('keeps the strongest ties and counts the rest as hidden', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    world.agent('ada')!.s.relationships.cleo = rel('a friend', 0.9);
    const g = relationshipGraph(world, { maxEdges: 1 });
    expect(g.edges.map((e) => [e.a, e.b])).toEqual([['ada', 'cleo']]);
    expect(g.hidden).toBe(1);
    expect(relationshipGraph(world, { minStrength: 0.8 }).edges).toHaveLength(1);
  });
});

describe('toldByGraph', () => {
  it('gives each telling with its hop and conversation, per storyline', () => {
    const world = tellingTown();
    const g = toldByGraph(world, 'tasting');
    expect(g.storylines).toEqual([
      { id: 'tasting', label: expect.any(String), seedAgentId: 'ada', knowers: 3 },
    ]);
    expect(g.edges.map((e) => [e.from, e.to, e.hop, e.conversationId])).toEqual([
      ['ada', 'ben', 1, 'c1'],
      ['ben', 'cleo', 2, undefined],
    ]);
    expect(toldByGraph(world, 'no-such-story').edges).toEqual([]);
    expect(toldByGraph(world).edges).toHaveLength(2);
  });
});

describe('timeline', () => {
  it('finds news told, whispers, announcements (once), reflections and plan changes', () => {
    const world = tellingTown();
    const ada = world.agent('ada')!;
    remember(world, ada, { type: 'plan', description: 'My plan for today: bake' });
    world.step += 10;
    remember(world, ada, { type: 'plan', description: 'I changed my plans: 10:00 bake more' });
    remember(world, ada, { type: 'thought', description: 'Call Ben', keywords: ['inner voice'] });
    const cited = ada.memory.nodes[0]!.id;
    remember(world, ada, {
      type: 'thought',
      description: 'The tasting evening matters to me.',
      evidence: [cited],
    });
    for (const a of world.agents)
      remember(world, a, { type: 'event', description: 'Fireworks!', keywords: ['announcement'] });

    const kinds = allMoments(world).map((m) => m.kind);
    expect(kinds.filter((k) => k === 'news')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'announcement')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'whisper')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'reflection')).toHaveLength(1);
    // The first plan of a day is its routine plan; only the second is a change.
    expect(kinds.filter((k) => k === 'replan')).toHaveLength(1);

    const t = timeline(world, { limit: 100 });
    expect(t.moments.map((m) => m.step)).toEqual(
      [...t.moments.map((m) => m.step)].sort((a, b) => b - a),
    );
    const news = t.moments.find((m) => m.kind === 'news')!;
    expect(news).toMatchObject({
      people: ['ada', 'ben'],
      place: 'Corner Café',
      storylineIds: ['tasting'],
      conversationId: 'c1',
    });
    expect(t.moments.find((m) => m.kind === 'announcement')!.people).toHaveLength(3);
    expect(t.moments.find((m) => m.kind === 'reflection')!.storylineIds).toEqual(['tasting']);
    expect(t.places).toEqual(['Corner Café']);
  });

  it('filters by person, place, storyline and kind, newest first, up to a limit', () => {
    const world = tellingTown();
    remember(world, world.agent('cleo')!, {
      type: 'thought',
      description: 'Go for a walk',
      keywords: ['inner voice'],
    });
    expect(timeline(world, { agentId: 'cleo', limit: 10 }).moments.map((m) => m.kind)).toEqual([
      'whisper',
    ]);
    expect(timeline(world, { place: 'Corner Café', limit: 10 }).moments.map((m) => m.kind)).toEqual(
      ['news'],
    );
    expect(timeline(world, { storylineId: 'tasting', limit: 10 }).total).toBe(1);
    expect(timeline(world, { kinds: ['reflection'], limit: 10 }).total).toBe(0);
    const capped = timeline(world, { limit: 1 });
    expect(capped.moments).toHaveLength(1);
    expect(capped.total).toBe(2);
    expect(capped.moments[0]!.kind).toBe('whisper');
  });

  it('names a few people of a town-wide announcement and counts the rest', () => {
    const world = createWorld(smallScenario(), { seed: 1, agents: MAX_PEOPLE + 4 });
    for (const a of world.agents)
      remember(world, a, { type: 'event', description: 'Rain', keywords: ['announcement'] });
    const [m] = timeline(world, { limit: 5 }).moments;
    expect(m!.people).toHaveLength(MAX_PEOPLE);
    expect(m!.morePeople).toBe(4);
  });

  it('tells invitations taken up (a plan names the event) from those that were not', () => {
    const world = tellingTown();
    world.step = stepAt(2, 9 * 60);
    remember(world, world.agent('ben')!, {
      type: 'plan',
      description: 'My plan for day 2: work; going to a tasting evening at Corner Café at 5 pm',
    });
    remember(world, world.agent('cleo')!, { type: 'plan', description: 'My plan for day 2: read' });
    const before = allMoments(world).filter((m) => m.kind === 'accepted' || m.kind === 'declined');
    expect(before.map((m) => [m.kind, m.people[0]])).toEqual([['accepted', 'ben']]);
    world.step = stepAt(2, 20 * 60);
    const after = allMoments(world).filter((m) => m.kind === 'accepted' || m.kind === 'declined');
    expect(after.map((m) => [m.kind, m.people[0]])).toEqual([
      ['accepted', 'ben'],
      ['declined', 'cleo'],
    ]);
  });
});
