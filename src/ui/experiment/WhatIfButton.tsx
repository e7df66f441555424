import { useState } from 'react';

/** "What if…?": branch the town shown (live or a replayed moment) and compare the branches. */
export function WhatIfButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={open ? 'btn is-on' : 'btn'}
        onClick={() => setOpen(true)}
        title="What if…? Branch the town from this moment, change something, and compare (w)"
        aria-label="What if…?"
        data-testid="whatif-open"
      >
        <span aria-hidden="true">🔀</span>
        <span className="topbar__label topbar__label--roomy">What if…?</span>
      </button>
    </>
  );
}
