import { useEffect, useRef, useState } from 'react';
import { useTown } from './hooks/useTown';

interface Props {
  onClose(): void;
}

const TOWN = '';

/** Announce a world event to the whole town or to everyone at one place. */
export function AnnounceDialog({ onClose }: Props) {
  const places = useTown((s) => s.meta?.places ?? []);
  const announce = useTown((s) => s.announce);
  const [text, setText] = useState('');
  const [sector, setSector] = useState(TOWN);
  const [arena, setArena] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const arenas = places.find((p) => p.sector === sector)?.arenas ?? [];

  useEffect(() => {
    textRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await announce(text.trim(), sector ? { sector, arena: arena || undefined } : undefined);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="announce-title"
        onSubmit={submit}
        data-testid="announce-dialog"
      >
        <h2 id="announce-title">📣 Announce an event</h2>
        <p className="muted">
          Everyone at the place you choose perceives it as an event (importance 7) and may change
          their plans.
        </p>
        <label className="field">
          <span>What happens?</span>
          <textarea
            ref={textRef}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="A fire alarm goes off at the college."
            data-testid="announce-text"
          />
        </label>
        <div className="field-row">
          <label className="field">
            <span>Where</span>
            <select
              value={sector}
              onChange={(e) => {
                setSector(e.target.value);
                setArena('');
              }}
              data-testid="announce-place"
            >
              <option value={TOWN}>The whole town</option>
              {places.map((p) => (
                <option key={p.sector} value={p.sector}>
                  {p.sector}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Room</span>
            <select
              value={arena}
              onChange={(e) => setArena(e.target.value)}
              disabled={!sector}
              data-testid="announce-arena"
            >
              <option value="">{sector ? 'Anywhere inside' : '—'}</option>
              {arenas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && <p className="form-error">{error}</p>}
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={busy || !text.trim()}
            data-testid="announce-send"
          >
            {busy ? 'Announcing…' : 'Announce'}
          </button>
        </div>
      </form>
    </div>
  );
}
