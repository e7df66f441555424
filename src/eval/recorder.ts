import type { Action } from '../sim/agent/agent';
import { STEPS_PER_MINUTE } from '../sim/clock';
import type { ScheduleBlock } from '../sim/mind';
import type { World } from '../sim/world/world';

/** Game minutes between behaviour samples. */
export const SAMPLE_MINUTES = 10;
const SAMPLE_STEPS = SAMPLE_MINUTES * STEPS_PER_MINUTE;

/** Where one agent was and what it did at a sampled step. */
export interface Sample {
  step: number;
  tile: number;
  sector: string | null;
  arena: string | null;
  kind: Action['kind'];
  description: string;
  object: string | null;
  /** Tiles still to walk. */
  pathLength: number;
}

/**
 * Watches a run for the behaviour checks: every agent's place and action every ten game minutes,
 * and each day's final schedule. Cost per step is nothing between samples; memory grows with
 * agents × samples, not with the town's history.
 */
export class BehaviourRecorder {
  readonly samples = new Map<string, Sample[]>();
  /** Agent id → day → the day's schedule as it stood last (after re-plans). */
  readonly plans = new Map<string, Map<number, ScheduleBlock[]>>();
  firstStep = -1;
  lastStep = -1;

  observe(world: World): void {
    if (world.step % SAMPLE_STEPS !== 0) return;
    if (this.firstStep < 0) this.firstStep = world.step;
    this.lastStep = world.step;
    for (const agent of world.agents) {
      const arena = world.map.arenaOf(agent.s.tile);
      const a = agent.s.action;
      const list = this.samples.get(agent.id) ?? [];
      list.push({
        step: world.step,
        tile: agent.s.tile,
        sector: arena?.sector ?? null,
        arena: arena?.name ?? null,
        kind: agent.s.chat ? 'chat' : a.kind,
        description: a.description,
        object: a.address?.object ?? null,
        pathLength: agent.s.path.length,
      });
      this.samples.set(agent.id, list);
      const plan = agent.s.plan;
      if (plan) {
        const days = this.plans.get(agent.id) ?? new Map<number, ScheduleBlock[]>();
        if (days.get(plan.day) !== plan.blocks) days.set(plan.day, plan.blocks);
        this.plans.set(agent.id, days);
      }
    }
  }

  /** The sample of an agent at (or just before) a step, if the run observed that moment. */
  at(agentId: string, step: number): Sample | null {
    if (this.firstStep < 0 || step < this.firstStep || step > this.lastStep) return null;
    const list = this.samples.get(agentId) ?? [];
    const i = Math.floor((step - this.firstStep) / SAMPLE_STEPS);
    const s = list[Math.min(i, list.length - 1)];
    return s && s.step <= step ? s : null;
  }
}
