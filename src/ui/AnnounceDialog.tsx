import { useState, type FormEvent } from 'react';
import { useSubmit } from './hooks/useSubmit';
import { useTown } from './hooks/useTown';
import { Modal } from './Modal';

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
  // The dialog closes on success: the button stays "Announcing…" until then.
  const send = useSubmit({ holdOnSuccess: true });
  const arenas = places.find((p) => p.sector === sector)?.arenas ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    void send.run(async () => {
      await announce(text.trim(), sector ? { sector, arena: arena || undefined } : undefined);
      onClose();
    });
  };

  return (
    <Modal
      title="📣 Announce an event"
      onClose={onClose}
      closeButton={false}
      onSubmit={submit}
      testId="announce-dialog"
    >
      <p className="muted">
        Everyone at the place you choose perceives it as an event (importance 7) and may change
        their plans.
      </p>
      <label className="field">
        <span>What happens?</span>
        <textarea
          data-autofocus
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
      {send.error && <p className="form-error">{send.error}</p>}
      <div className="dialog__actions">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={send.pending || !text.trim()}
          data-testid="announce-send"
        >
          {send.pending ? 'Announcing…' : 'Announce'}
        </button>
      </div>
    </Modal>
  );
}
