import { useEffect, useRef } from 'react';
import { isTyping } from '../../game/typing';

/**
 * The page layout's keys: `?` help, `i` hide or show the side panel. Ignored while typing, with
 * a modifier held (Shift aside: it makes `?`), or while a dialog is open.
 */
export function usePageKeys(keys: { onHelp(): void; onToggleSide(): void }): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      if (document.querySelector('.dialog-backdrop')) return;
      if (e.key === '?') latest.current.onHelp();
      else if (e.key === 'i' || e.key === 'I') latest.current.onToggleSide();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
