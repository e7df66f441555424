import type { ConnectionVerdict } from '../../protocol';

/** Where a connection test is. */
export type TestState =
  | { state: 'idle' }
  | { state: 'testing' }
  | { state: 'done'; verdict: ConnectionVerdict }
  | { state: 'failed'; message: string };

/** The verdict of "Test connection", in one clear line plus what was found. */
export function ConnectionResult({ test }: { test: TestState }) {
  if (test.state === 'idle') return null;
  if (test.state === 'testing')
    return (
      <p className="verdict" role="status" data-testid="mind-verdict">
        <span className="spinner spinner--small" /> Testing the connection…
      </p>
    );
  if (test.state === 'failed')
    return (
      <p className="verdict verdict--bad" role="alert" data-testid="mind-verdict">
        ✗ {test.message}
      </p>
    );
  const { ok, message, details } = test.verdict;
  return (
    <div
      className={`verdict ${ok ? 'verdict--ok' : 'verdict--bad'}`}
      role={ok ? 'status' : 'alert'}
      data-testid="mind-verdict"
      data-ok={ok}
    >
      <p>
        {ok ? '✓' : '✗'} {message}
      </p>
      {details.models && details.models.length > 0 && (
        <p className="muted small">
          The server lists {details.models.length} model{details.models.length === 1 ? '' : 's'}
          {': '}
          {details.models.slice(0, 6).join(', ')}
          {details.models.length > 6 ? ', …' : ''}
        </p>
      )}
      {details.warnings.map((w) => (
        <p key={w} className="small verdict__warning">
          ⚠ {w}
        </p>
      ))}
    </div>
  );
}
