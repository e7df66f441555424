import type { SelectionSlice, SliceContext } from './types';

export function createSelectionSlice({ set, get }: SliceContext): SelectionSlice {
  return {
    selectedId: null,
    hover: null,
    follow: false,
    filter: '',
    tab: 'now',
    focusSeq: 0,
    revision: 0,
    sideView: 'inspector',
    focusConversationId: null,
    setSideView(sideView) {
      set({ sideView });
    },
    openConversation(agentId, conversationId) {
      if (get().agentIndex[agentId] === undefined) return;
      set((s) => ({
        selectedId: agentId,
        focusSeq: s.focusSeq + 1,
        tab: 'conversations',
        sideView: 'inspector',
        focusConversationId: conversationId,
      }));
    },
    select(id, opts) {
      if (id && get().agentIndex[id] === undefined) return;
      set((s) => ({
        selectedId: id,
        follow: id ? s.follow : false,
        focusSeq: id && opts?.focus ? s.focusSeq + 1 : s.focusSeq,
      }));
    },
    setHover(hover) {
      const cur = get().hover;
      if (cur === hover) return;
      if (cur && hover && cur.id === hover.id && cur.x === hover.x && cur.y === hover.y) return;
      set({ hover });
    },
    setFollow(follow) {
      set({ follow: follow && get().selectedId !== null });
    },
    toggleFollow() {
      get().setFollow(!get().follow);
    },
    setFilter(filter) {
      set({ filter });
    },
    setTab(tab) {
      set({ tab });
    },
  };
}
