import { useEffect } from 'react';
import type { MindNotice } from '../../store/mindSlice';
import { useTown } from '../hooks/useTown';

/** Informational notices (e.g. "pausing requests for 30 s") go by themselves after this, ms. */
const INFO_NOTICE_MS = 10_000;

/**
 * Notices from the LLM mind: one per kind of problem (a 401 storm is one notice), kept until
 * dismissed (informational ones fade by themselves), with a way to the settings. Messages are
 * the mind's words, never the key.
 */
export function MindNotices() {
  const notices = useTown((s) => s.mindNotices);
  return (
    <>
      {notices.map((n) => (
        <MindNoticeItem key={n.kind} notice={n} />
      ))}
    </>
  );
}

function MindNoticeItem({ notice: n }: { notice: MindNotice }) {
  const dismiss = useTown((s) => s.dismissMindNotice);
  const open = useTown((s) => s.openMindDialog);
  useEffect(() => {
    if (n.level !== 'info') return;
    const t = setTimeout(() => dismiss(n.kind), INFO_NOTICE_MS);
    return () => clearTimeout(t);
  }, [n.level, n.kind, dismiss]);
  return (
    <div
      className={`notice notice--${n.level === 'error' ? 'error' : n.level === 'warning' ? 'warning' : 'info'}`}
      role={n.level === 'error' ? 'alert' : 'status'}
      data-testid="mind-notice"
      data-kind={n.kind}
    >
      <span>
        <strong>LLM mind: </strong>
        {n.message}{' '}
        <button type="button" className="link" onClick={() => open('settings')}>
          Settings…
        </button>
      </span>
      <button
        type="button"
        className="icon-btn"
        onClick={() => dismiss(n.kind)}
        aria-label="Dismiss"
      >
        ×
      </button>
    </div>
  );
}
