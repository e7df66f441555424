import type { ReactNode } from 'react';
import type { MemoryType } from '../../sim/memory/node';
import { MEMORY_TYPE_LABEL } from '../format';

/** Small shared pieces of the inspector tabs. */

export function Loading({ what }: { what: string }) {
  return (
    <div className="loading-line">
      <span className="spinner spinner--small" /> Loading {what}…
    </div>
  );
}

export function ErrorLine({ error, retry }: { error: string; retry?: () => void }) {
  return (
    <div className="form-error" role="alert">
      {error}{' '}
      {retry && (
        <button type="button" className="link" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function TypeChip({ type }: { type: MemoryType }) {
  return <span className={`chip chip--${type}`}>{MEMORY_TYPE_LABEL[type]}</span>;
}

/** Importance 1–10 as a coloured badge (0: not rated yet). */
export function Importance({ value }: { value: number }) {
  const level = value >= 7 ? 'high' : value >= 4 ? 'mid' : 'low';
  return (
    <span
      className={`importance importance--${level}`}
      title={value ? `Importance ${value} of 10` : 'Not rated yet'}
      data-testid="importance"
    >
      {value || '…'}
    </span>
  );
}

/** A 0–1 value as a thin bar with its number. */
export function ScoreBar({ value, kind }: { value: number; kind: string }) {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  return (
    <span
      className={`score score--${kind}`}
      title={`${kind} ${value.toFixed(2)}`}
      data-testid={`score-${kind}`}
    >
      <span className="score__bar">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="score__num" data-testid="score-value">
        {value.toFixed(2)}
      </span>
    </span>
  );
}

export function Section({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card">
      <header className="card__head">
        <h3>{title}</h3>
        {extra}
      </header>
      {children}
    </section>
  );
}
