/** Placeholder while this panel is being built (replaced before it lands). */
export function SeriesPanel() {
  return <p className="muted">Not built yet.</p>;
}
