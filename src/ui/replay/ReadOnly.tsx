import type { ReactNode } from 'react';
import { useTown } from '../hooks/useTown';

/** True while a replay is shown (commands are off). */
export function useReadOnly(): boolean {
  return useTown((s) => s.town?.mode === 'replay');
}

/** Disables every control inside while a replay is shown, and says why. */
export function ReadOnly({ children, what }: { children: ReactNode; what: string }) {
  const readOnly = useReadOnly();
  if (!readOnly) return <>{children}</>;
  return (
    <fieldset className="read-only" disabled data-testid="read-only">
      <p className="read-only__note">
        🔒 Replay is read only: {what} is off. Exit the replay to change the town.
      </p>
      {children}
    </fieldset>
  );
}
