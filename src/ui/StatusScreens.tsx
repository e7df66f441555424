/** Full-page states: the town is loading, or the simulation failed. */

export function LoadingScreen() {
  return (
    <div className="status-screen" data-testid="loading">
      <div className="status-card">
        <span className="spinner spinner--large" />
        <h2>Waking up the town…</h2>
        <p className="muted">Reading the map and everyone’s life stories. This takes a moment.</p>
      </div>
    </div>
  );
}

export function ErrorScreen({ message }: { message: string }) {
  return (
    <div className="status-screen status-screen--error" role="alert" data-testid="error-screen">
      <div className="status-card">
        <div className="status-card__icon" aria-hidden="true">
          ⚠
        </div>
        <h2>The simulation stopped</h2>
        <p>Something went wrong inside the town’s engine:</p>
        <pre className="status-card__message" data-testid="error-message">
          {message}
        </pre>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          Reload the town
        </button>
      </div>
    </div>
  );
}
