import { useEffect, useRef } from 'react';
import { isTyping } from '../../game/typing';
import { useExperiment } from '../experiment/experimentRun';
import { useTownStore } from './useTown';

/** Whether a dialog is open (the page's own keys, `?` and `i`, wait for it to close). */
const dialogOpen = () => !!document.querySelector('.dialog-backdrop');

/** Id of the agent filter input, focused by `/`. */
export const FILTER_INPUT_ID = 'agent-filter';

/**
 * Keyboard shortcuts: Space play/pause, `.` one step, `[` `]` slower/faster, `f` follow the
 * selected agent, `/` filter people, `e` the Evaluate panel, `w` What if…?, `d` the dashboard, `?` help, `i` hide or show the side panel, `p` presentation
 * mode (there `a` toggles the action camera, `n` shows another conversation, Esc leaves), Esc clear
 * selection. Ignored while
 * typing in a field.
 */
export function useShortcuts(page: { onHelp(): void; onToggleSide(): void }): void {
  const store = useTownStore();
  const latest = useRef(page);
  useEffect(() => {
    latest.current = page;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      const s = store.getState();
      if (s.status !== 'ready') return;
      switch (e.key) {
        case ' ':
          e.preventDefault();
          // A focused button would also "click" on Space's keyup.
          if ((e.target as HTMLElement).tagName === 'BUTTON') (e.target as HTMLElement).blur();
          s.togglePause();
          break;
        case '.':
          s.step();
          break;
        case '[':
          s.nudgeSpeed(-1);
          break;
        case ']':
          s.nudgeSpeed(1);
          break;
        case 'f':
        case 'F':
          s.toggleFollow();
          break;
        case 'e':
        case 'E':
          s.setEvalOpen(true);
          break;
        case 'p':
        case 'P':
          s.setPresenting(!s.presenting);
          break;
        case 'a':
        case 'A':
          if (s.presenting) s.setAutoCamera(!s.autoCamera);
          break;
        case 'n':
        case 'N':
          if (s.presenting) s.nextConversation();
          break;
        case '?':
          if (!dialogOpen()) latest.current.onHelp();
          break;
        case 'i':
        case 'I':
          if (!dialogOpen()) latest.current.onToggleSide();
          break;
        case 'w':
        case 'W':
          useExperiment.setState({ open: true });
          break;
        case 'd':
        case 'D':
          s.setSideView(s.sideView === 'dashboard' ? 'inspector' : 'dashboard');
          break;
        case '/':
          e.preventDefault();
          document.getElementById(FILTER_INPUT_ID)?.focus();
          break;
        case 'Escape':
          if (s.presenting) s.setPresenting(false);
          else s.select(null);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
