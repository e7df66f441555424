import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { AnnounceDialog } from './AnnounceDialog';
import { EvaluateButton } from './evaluate/EvaluateButton';
import { WhatIfButton } from './experiment/WhatIfButton';
import { useTown } from './hooks/useTown';
import { useReadOnly } from './replay/ReadOnly';
import { SaveControls } from './saves/SaveControls';
import { MindButton } from './settings/MindButton';
import { TimeControls } from './TimeControls';

/**
 * Brand, time controls and town-wide actions. On narrow screens the town-wide actions fold into
 * a "⋯" menu (CSS decides when); they stay mounted there, so the dialogs they own stay open.
 */
export function TopBar({ onHelp }: { onHelp(): void }) {
  const meta = useTown((s) => s.meta);
  const [announcing, setAnnouncing] = useState(false);
  const readOnly = useReadOnly();
  const close = useCallback(() => setAnnouncing(false), []);
  const view = useTown((s) => s.sideView);
  const setView = useTown((s) => s.setSideView);
  const setPresenting = useTown((s) => s.setPresenting);
  const menu = useMenu();
  return (
    <header className="topbar">
      <div className="brand" title="Generative Town">
        <span className="brand__logo" aria-hidden="true">
          ⌂
        </span>
        <div className="brand__text">
          <h1>Generative Town</h1>
          {meta && (
            <span className="brand__sub">
              <span className="topbar__wide">{meta.scenarioName} · </span>
              {meta.agents.length} people · {meta.mind} mind
            </span>
          )}
        </div>
      </div>
      <TimeControls />
      <div className="topbar__actions">
        <button
          type="button"
          ref={menu.buttonRef}
          className={menu.open ? 'btn topbar__more is-on' : 'btn topbar__more'}
          aria-expanded={menu.open}
          aria-controls={menu.id}
          aria-label="More actions"
          title="Saves, mind, evaluate, what if, present, dashboard"
          onClick={() => menu.setOpen(!menu.open)}
          data-testid="topbar-more"
        >
          ⋯
        </button>
        <div
          id={menu.id}
          ref={menu.menuRef}
          className={menu.open ? 'topbar__menu is-open' : 'topbar__menu'}
          data-testid="topbar-menu"
          onClick={menu.onItemClick}
          onKeyDown={menu.onKeyDown}
        >
          <SaveControls />
          <MindButton />
          <EvaluateButton />
          <WhatIfButton />
          <button
            type="button"
            className="btn"
            onClick={() => setPresenting(true)}
            title="Presentation mode for a projector: the map large, captions, the action camera (p)"
            aria-label="Present"
            data-testid="present-open"
          >
            <span aria-hidden="true">🎬</span>
            <span className="topbar__label topbar__label--roomy">Present</span>
          </button>
          <button
            type="button"
            className={view === 'dashboard' ? 'btn is-on' : 'btn'}
            aria-pressed={view === 'dashboard'}
            onClick={() => setView(view === 'dashboard' ? 'inspector' : 'dashboard')}
            title="The town's dashboard: news spreading, friendships, talk, where people are (d)"
            aria-label="Dashboard"
            data-testid="dashboard-open"
          >
            <span aria-hidden="true">📈</span>
            <span className="topbar__label topbar__label--roomy">Dashboard</span>
          </button>
        </div>
        <button
          type="button"
          className="btn btn--accent"
          onClick={() => setAnnouncing(true)}
          disabled={readOnly}
          title={readOnly ? 'A replay is read only' : 'Announce an event to the town or one place'}
          aria-label="Announce event"
          data-testid="announce-open"
        >
          <span aria-hidden="true">📣</span>
          <span className="topbar__label">
            Announce<span className="topbar__wide"> event</span>
          </span>
        </button>
        <button
          type="button"
          className="btn topbar__help"
          onClick={onHelp}
          title="What is this? The welcome, the emoji and the keys (?)"
          aria-label="Help"
          data-testid="help-open"
        >
          ?
        </button>
      </div>
      {announcing && <AnnounceDialog onClose={close} />}
    </header>
  );
}

/** The "⋯" menu: opens and closes, shuts on a click outside, on Esc and after an item is used. */
function useMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    // Keyboard users land on the first item.
    menuRef.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  /** An item was used (its dialog, if any, opens from inside the closed menu). */
  const onItemClick = (e: MouseEvent) => {
    const item = (e.target as HTMLElement).closest('button');
    if (open && item && menuRef.current?.contains(item) && !item.closest('.dialog-backdrop'))
      setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (open && e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };
  return { id, open, setOpen, buttonRef, menuRef, onItemClick, onKeyDown };
}
