import { describe, expect, it } from 'vitest';
import { remember } from '../sim/cognition/recall';
import { STEPS_PER_HOUR } from '../sim/clock';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld, type World } from '../sim/world/world';
import { runChecks, TABLE_CHECK_NAMES, type CheckContext } from './checks';
import { lexicon } from './language';
import { BehaviourRecorder } from './recorder';
import { CHECK_NAMES, type BatteryQuestion, type CheckName } from './types';

function town(): World {
  return createWorld(smallScenario(), { seed: 1 });
}

function check(
  world: World,
  agentId: string,
  q: BatteryQuestion,
  answer: string,
  extra: Partial<CheckContext> = {},
) {
  const ctx: CheckContext = {
    world,
    agent: world.agent(agentId)!,
    q,
    step: world.step,
    answer,
    usedMemoryIds: [],
    rec: null,
    lex: lexicon(world),
    ...extra,
  };
  return (name: CheckName) => runChecks(ctx).find((c) => c.name === name);
}

const intro: BatteryQuestion = {
  category: 'self',
  template: 'self.intro',
  question: 'Give an introduction of yourself.',
  topic: { kind: 'identity', facets: ['name', 'occupation'] },
};
const household: BatteryQuestion = {
  category: 'self',
  template: 'self.household',
  question: 'Who do you live with?',
  topic: { kind: 'identity', facets: ['household'] },
};
const aboutBen: BatteryQuestion = {
  category: 'memory',
  template: 'memory.person',
  question: 'Who is Ben Marsh?',
  topic: { kind: 'person', personId: 'ben' },
};
const tasting: BatteryQuestion = {
  category: 'memory',
  template: 'memory.storyline.tasting',
  question: 'Do you know about a tasting evening?',
  topic: { kind: 'storyline', storylineId: 'tasting' },
};
const companion: BatteryQuestion = {
  category: 'reflections',
  template: 'reflections.companion',
  question: 'If you could spend time with one person you met recently, who would it be and why?',
  topic: { kind: 'companion' },
};

describe('identity', () => {
  it('passes an introduction with name and occupation', () => {
    const c = check(town(), 'ada', intro, "I'm Ada Quill; I own Corner Café.")('identity');
    expect(c?.pass).toBe(true);
  });
  it('fails a non-answer, and a claim to be someone else', () => {
    const w = town();
    expect(check(w, 'ada', intro, "Hmm, I'm not sure.")('identity')?.pass).toBe(false);
    const other = check(w, 'ada', intro, "I'm Ben, the café owner.")('identity');
    expect(other).toMatchObject({ pass: false, reason: 'claims to be Ben Marsh' });
  });
  it('checks the household against who shares the home', () => {
    const w = town();
    expect(check(w, 'ben', household, 'Cleo lodges with me.')('identity')?.pass).toBe(true);
    expect(check(w, 'ben', household, 'I live alone.')('identity')?.pass).toBe(false);
  });
});

describe('grounded', () => {
  it('passes cited memories that exist and share words with the answer', () => {
    const w = town();
    const m = remember(w, w.agent('ada')!, {
      type: 'event',
      description: 'Ben Marsh is planting flower beds',
    });
    const c = check(w, 'ada', aboutBen, 'Ben was planting flower beds.', {
      usedMemoryIds: [m.id],
    })('grounded');
    expect(c?.pass).toBe(true);
  });
  it('fails a citation of a memory that did not exist yet', () => {
    const w = town();
    const c = check(w, 'ada', aboutBen, 'Ben was planting.', { usedMemoryIds: ['m999'] })(
      'grounded',
    );
    expect(c?.pass).toBe(false);
  });
  it('fails an answer naming someone the agent never met or heard of', () => {
    const w = town();
    const c = check(w, 'ada', aboutBen, 'Ben is Cleo Fern’s landlord.')('grounded');
    expect(c).toMatchObject({ pass: false });
    expect(c?.reason).toContain('Cleo Fern');
  });
});

describe('scheduleConsistent', () => {
  function recorded() {
    const w = town();
    const rec = new BehaviourRecorder();
    w.step = Math.ceil(w.step / STEPS_PER_HOUR) * STEPS_PER_HOUR;
    const ada = w.agent('ada')!;
    w.placeAgent(ada, w.map.targetTiles({ sector: 'Corner Café', arena: 'café' })[0]);
    ada.s.action = { ...ada.s.action, kind: 'act', description: 'brewing coffee at the counter' };
    rec.observe(w);
    const q: BatteryQuestion = {
      category: 'plans',
      template: 'plans.tomorrow',
      question: 'What will you be doing at 9 am?',
      topic: { kind: 'timeAt', step: w.step },
    };
    return { w, rec, q };
  }
  it('passes an answer that matches what the agent did then', () => {
    const { w, rec, q } = recorded();
    const c = check(w, 'ada', q, 'Brewing coffee for the regulars.', { rec })('scheduleConsistent');
    expect(c?.pass).toBe(true);
  });
  it('fails an answer that does not', () => {
    const { w, rec, q } = recorded();
    const c = check(w, 'ada', q, 'Walking in the park.', { rec })('scheduleConsistent');
    expect(c?.pass).toBe(false);
    expect(c?.reason).toContain('brewing coffee');
  });
  it('does not apply to a moment the run never reached', () => {
    const { w, rec, q } = recorded();
    const later = { ...q, topic: { kind: 'timeAt' as const, step: w.step + 10 * STEPS_PER_HOUR } };
    expect(check(w, 'ada', later, 'Walking.', { rec })('scheduleConsistent')).toBeUndefined();
  });
});

describe('storylineKnowledge', () => {
  it('passes the seed agent who speaks of it and fails one who hides it', () => {
    const w = town();
    expect(check(w, 'ada', tasting, 'Yes, my tasting evening!')('storylineKnowledge')?.pass).toBe(
      true,
    );
    expect(check(w, 'ada', tasting, 'No idea, sorry.')('storylineKnowledge')?.pass).toBe(false);
  });
  it('fails invented knowledge and a bare "yes", passes an honest "no"', () => {
    const w = town();
    expect(check(w, 'ben', tasting, 'The tasting is at six.')('storylineKnowledge')?.pass).toBe(
      false,
    );
    expect(check(w, 'ben', tasting, 'Yes. Ada is at the café.')('storylineKnowledge')?.pass).toBe(
      false,
    );
    expect(check(w, 'ben', tasting, "No, I haven't.")('storylineKnowledge')?.pass).toBe(true);
  });
  it('passes a listener who was told, naming who told it', () => {
    const w = town();
    const event = w.agent('ada')!.memory.nodes.find((n) => n.event)!.event;
    remember(w, w.agent('ben')!, {
      type: 'event',
      description: 'Ada Quill told me about a tasting evening.',
      event,
      gist: 'Ada Quill is hosting a tasting evening.',
      source: 'ada',
      subjectId: 'ada',
    });
    const c = check(w, 'ben', tasting, 'Ada mentioned a tasting evening.')('storylineKnowledge');
    expect(c).toMatchObject({ pass: true, reason: 'was told by Ada Quill and shows it' });
  });
});

describe('noNonAnswer', () => {
  it('fails an evasion about someone the agent knows; passes an answer', () => {
    const w = town();
    expect(check(w, 'ada', aboutBen, "I don't know.")('noNonAnswer')?.pass).toBe(false);
    expect(check(w, 'ada', aboutBen, 'Ben keeps the park tidy.')('noNonAnswer')?.pass).toBe(true);
  });
  it('does not apply when the agent has nothing to go on', () => {
    const w = town();
    expect(check(w, 'cleo', tasting, "I don't know.")('noNonAnswer')).toBeUndefined();
  });
});

describe('testRetest', () => {
  const withRetest = (answer: string, again: string) =>
    check(town(), 'ada', { ...tasting, retest: 'again?' }, answer, {
      retest: { question: 'again?', answer: again },
    })('testRetest');
  it('passes two answers whose facts agree', () => {
    expect(
      withRetest('My tasting evening at Corner Café.', 'The tasting at Corner Café.')?.pass,
    ).toBe(true);
  });
  it('fails answers that disagree on knowledge or on every named fact', () => {
    expect(withRetest('The tasting evening.', "I haven't heard.")?.pass).toBe(false);
    expect(withRetest('Ben Marsh, at Green Park.', 'Corner Café, with Cleo.')?.pass).toBe(false);
  });
});

describe('the check table', () => {
  it('holds every check named in CHECK_NAMES, in that order', () => {
    expect(TABLE_CHECK_NAMES).toEqual([...CHECK_NAMES]);
  });
});

describe('namesKnownPerson', () => {
  it('passes naming someone known, fails naming nobody', () => {
    const w = town();
    expect(check(w, 'ada', companion, 'Ben, he is kind.')('namesKnownPerson')?.pass).toBe(true);
    expect(check(w, 'ada', companion, 'Nobody in particular.')('namesKnownPerson')?.pass).toBe(
      false,
    );
  });
});
