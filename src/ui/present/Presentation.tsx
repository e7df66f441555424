import { useEffect, useRef, useState } from 'react';
import type { Frame } from '../../protocol';
import type { Moment as TownMoment, MomentKind } from '../../protocol/graphs';
import { formatClock } from '../../sim/clock';
import { useRequest } from '../hooks/useRequest';
import { useTown, useTownStore } from '../hooks/useTown';
import { conversations, newMoments, type Moment } from './moments';

/** Lines kept in the ticker. */
const TICKER_LINES = 4;
/** Captions shown at once (the latest lines said in view). */
const CAPTIONS = 3;
/** The moments worth a ticker line on a projector (plan changes are too many). */
const TICKER_KINDS: MomentKind[] = ['news', 'accepted', 'declined', 'announcement', 'whisper'];
const TICKER_ICON: Record<MomentKind, string> = {
  news: '💬',
  accepted: '✅',
  declined: '✖️',
  replan: '🔀',
  reflection: '💡',
  announcement: '📣',
  whisper: '🤫',
};
/** A ticker line is cut to this many characters. */
const TICKER_CHARS = 110;

/** A caption stays this long after its line was said, ms (lines are short on screen). */
const CAPTION_MS = 9_000;
/** The follow-the-action camera stays on one conversation at least this long, ms. */
const DWELL_MS = 12_000;

interface Caption {
  key: string;
  speakerId: string;
  partnerId: string | null;
  text: string;
  /** `performance.now()` when it was first shown. */
  at: number;
}

/**
 * Presentation mode's overlay on the map: the clock in large type, captions of who says what in
 * view, a ticker of moments, and a camera that goes where people talk. Keyboard only (see hints).
 */
export function Presentation() {
  const view = useTown((s) => s.view);
  const meta = useTown((s) => s.meta);
  const inView = useTown((s) => s.inView);
  const auto = useTown((s) => s.autoCamera);
  const [moments, setMoments] = useState<Moment[]>([]);
  const [captions, setCaptions] = useState<Caption[]>([]);
  const last = useRef<Frame | null>(null);
  // The town's notable moments (news told, invitations, announcements…), newest first.
  const timeline = useRequest('timeline', { kinds: TICKER_KINDS, limit: TICKER_LINES }, 2000);
  useActionCamera();

  useEffect(() => {
    if (!view || !meta) return;
    const fresh = newMoments(last.current, view, meta);
    last.current = view;
    if (fresh.length) setMoments((m) => [...fresh.reverse(), ...m].slice(0, TICKER_LINES));
  }, [view, meta]);

  // Lines said in view become captions that stay a while (a line is on screen only briefly).
  useEffect(() => {
    if (!view || !meta) return;
    const now = performance.now();
    const shown = new Set(inView);
    setCaptions((old) => {
      const kept = old.filter((c) => now - c.at < CAPTION_MS);
      const added: Caption[] = [];
      view.agents.forEach((a, i) => {
        const m = meta.agents[i];
        if (!a.speech || !m || !shown.has(m.id)) return;
        if (kept.some((c) => c.speakerId === m.id && c.text === a.speech)) return;
        added.push({
          key: `${view.clock.step}:${m.id}`,
          speakerId: m.id,
          partnerId: a.partnerId,
          text: a.speech,
          at: now,
        });
      });
      if (!added.length && kept.length === old.length) return old;
      return [...kept, ...added].slice(-CAPTIONS);
    });
  }, [view, meta, inView]);

  if (!view || !meta) return null;
  const ticker = tickerLines(timeline.data?.moments ?? [], moments, meta.agents);
  const name = (id: string | null) =>
    (id && meta.agents.find((x) => x.id === id)?.name.split(' ')[0]) || '';
  const { clock } = view;
  return (
    <div className="present" data-testid="present">
      <div className="present__clock" data-testid="present-clock">
        <span className="present__time">{formatClock(clock.minuteOfDay)}</span>
        <span className="present__day">
          {clock.weekday} · day {clock.day}
          {!view.running && ' · paused'}
        </span>
      </div>
      {ticker.length > 0 && (
        <ol className="present__ticker" aria-label="Moments" data-testid="present-ticker">
          {ticker.map((t) => (
            <li key={t.key}>
              <span className="present__at">{t.time}</span> {t.text}
            </li>
          ))}
        </ol>
      )}
      <div className="present__captions" aria-live="polite" data-testid="present-captions">
        {captions.map((c) => (
          <p key={c.key} className="present__caption">
            <strong>{name(c.speakerId)}</strong>
            {c.partnerId && <span className="present__to"> to {name(c.partnerId)}</span>}
            <span>: {c.text}</span>
          </p>
        ))}
      </div>
      <div className="present__keys" aria-hidden="true">
        <kbd>P</kbd> exit · <kbd>Space</kbd> pause · <kbd>[</kbd> <kbd>]</kbd> speed · <kbd>A</kbd>{' '}
        camera {auto ? 'follows the action' : 'stays'} · <kbd>N</kbd> next conversation
      </div>
    </div>
  );
}

/**
 * The follow-the-action camera: glides to a conversation where someone is speaking, stays a
 * while, then moves on to another (the least recently shown first). `N` asks for the next now.
 */
function useActionCamera(): void {
  const store = useTownStore();
  const view = useTown((s) => s.view);
  const auto = useTown((s) => s.autoCamera);
  const nextSeq = useTown((s) => s.nextConversationSeq);
  const current = useRef<{ key: string; at: number } | null>(null);
  const shownAt = useRef(new Map<string, number>());
  const handled = useRef(nextSeq);

  useEffect(() => {
    const s = store.getState();
    if (!view || !s.meta) return;
    const forced = nextSeq !== handled.current;
    handled.current = nextSeq;
    if (!auto && !forced) return;
    const now = performance.now();
    const talks = conversations(view, s.meta);
    const cur = current.current;
    const still = cur && talks.some((t) => t.ids.join('|') === cur.key);
    if (!forced && still && now - cur.at < DWELL_MS) return;
    const others = talks.filter((t) => t.ids.join('|') !== cur?.key);
    const pool = others.filter((t) => t.speaking).length
      ? others.filter((t) => t.speaking)
      : others;
    if (!pool.length) return;
    pool.sort(
      (a, b) =>
        (shownAt.current.get(a.ids.join('|')) ?? -1) - (shownAt.current.get(b.ids.join('|')) ?? -1),
    );
    const pick = pool[0]!;
    const key = pick.ids.join('|');
    current.current = { key, at: now };
    shownAt.current.set(key, now);
    s.lookAtTile(pick.x, pick.y);
  }, [view, auto, nextSeq, store]);
}

/**
 * The ticker: the town's latest notable moments, and conversations that just began in between
 * (newest first), one short line each.
 */
function tickerLines(
  notable: readonly TownMoment[],
  started: readonly Moment[],
  people: readonly { id: string; name: string }[],
): { key: string; time: string; text: string }[] {
  const first = (id: string) => people.find((p) => p.id === id)?.name.split(' ')[0] ?? id;
  const cut = (s: string) => (s.length > TICKER_CHARS ? `${s.slice(0, TICKER_CHARS - 1)}…` : s);
  const lines = [
    ...notable.map((m) => ({
      key: m.id,
      step: m.step,
      time: m.time.replace(/^Day \d+ /, ''),
      text: cut(`${TICKER_ICON[m.kind]} ${m.people.slice(0, 2).map(first).join(' → ')}: ${m.text}`),
    })),
    ...started.map((m) => ({
      key: m.key,
      step: m.step,
      time: formatClock(m.minute),
      text: m.text,
    })),
  ];
  return lines.sort((a, b) => b.step - a.step).slice(0, TICKER_LINES);
}
