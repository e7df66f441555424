import { useEffect } from 'react';
import { useTown } from './hooks/useTown';
import { MindNotices } from './settings/MindNotices';

const NOTICE_MS = 6000;

/** Short-lived messages (announcement results, command errors) and the LLM mind's notices. */
export function Notices() {
  const notices = useTown((s) => s.notices);
  const dismiss = useTown((s) => s.dismiss);
  const newest = notices[notices.length - 1]?.id;
  useEffect(() => {
    if (newest === undefined) return;
    const t = setTimeout(() => dismiss(newest), NOTICE_MS);
    return () => clearTimeout(t);
  }, [newest, dismiss]);
  const mindNotices = useTown((s) => s.mindNotices.length);
  if (!notices.length && !mindNotices) return null;
  return (
    <div className="notices" aria-live="polite">
      <MindNotices />
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} data-testid="notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="icon-btn"
            onClick={() => dismiss(n.id)}
            aria-label="Dismiss"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
