import { errorText } from '../protocol/text';
import type { CommandsSlice, InterviewEntry, SliceContext } from './types';

/** How many notices stay on screen at once. */
const MAX_NOTICES = 4;

/**
 * Commands that change the town (whisper, interview, announce) and the detail requests of the
 * inspector. Changes bump `revision` so open views refetch.
 */
export function createCommandsSlice({ set, get, client }: SliceContext): CommandsSlice {
  let nextNotice = 1;
  let nextEntry = 1;
  const patchEntry = (agentId: string, id: number, patch: Partial<InterviewEntry>) =>
    set((s) => ({
      interviews: {
        ...s.interviews,
        [agentId]: (s.interviews[agentId] ?? []).map((e) => (e.id === id ? { ...e, ...patch } : e)),
      },
    }));
  const bump = () => set((s) => ({ revision: s.revision + 1 }));
  return {
    notices: [],
    interviews: {},
    weights: null,
    async setWeights(weights) {
      const res = await client.request('setWeights', { weights });
      set((s) => ({ weights: res.weights, revision: s.revision + 1 }));
    },
    notify(tone, text) {
      const id = nextNotice++;
      set((s) => ({ notices: [...s.notices, { id, tone, text }].slice(-MAX_NOTICES) }));
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    request(kind, args) {
      return client.request(kind, args);
    },
    async editMemory(agentId, memoryId, text) {
      if (text === null) await client.request('forgetMemory', { agentId, memoryId });
      else await client.request('rewriteMemory', { agentId, memoryId, text });
      bump();
    },
    async whisper(agentId, text) {
      const { memory } = await client.request('whisper', { agentId, text });
      bump();
      return memory;
    },
    async interview(agentId, question, remember) {
      const id = nextEntry++;
      set((s) => ({
        interviews: {
          ...s.interviews,
          [agentId]: [...(s.interviews[agentId] ?? []), { id, question, remember }],
        },
      }));
      try {
        const result = await client.request('interview', { agentId, question, remember });
        patchEntry(agentId, id, { result });
        if (remember) bump();
        return result;
      } catch (err) {
        patchEntry(agentId, id, { error: errorText(err) });
        throw err;
      }
    },
    async announce(text, place) {
      const { reached } = await client.request('announce', { text, place });
      bump();
      const meta = get().meta;
      const names = reached.map((id) => meta?.agents[get().agentIndex[id]]?.name ?? id);
      get().notify(
        'info',
        reached.length
          ? `Announced to ${reached.length}: ${names.slice(0, 6).join(', ')}${names.length > 6 ? '…' : ''}`
          : 'Announced, but nobody was there to hear it.',
      );
      return reached;
    },
  };
}
