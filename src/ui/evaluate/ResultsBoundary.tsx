import { Component, type ReactNode } from 'react';
import { errorText } from '../../protocol/text';

interface State {
  error: string | null;
}

/**
 * Keeps a report the page cannot draw (an unexpected shape) from blanking the whole page: the
 * panel says what went wrong and the exports above still work.
 */
export class ResultsBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(err: unknown): State {
    return { error: errorText(err) };
  }

  render() {
    if (this.state.error)
      return (
        <div className="form-error" role="alert" data-testid="eval-render-error">
          These results could not be shown ({this.state.error}). The exports above still have them.
        </div>
      );
    return this.props.children;
  }
}
