/** Keeps one broken view from blanking the whole window. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../ui/Button';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What the user can do instead ("Back to library"). */
  onEscape(): void;
  escapeLabel: string;
}

/** Shows the error and a way out when a view throws while rendering. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('View crashed:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="view crash" role="alert">
        <h1>This view stopped working</h1>
        <p>{this.state.error.message}</p>
        <p>Your work is saved as you go; nothing is lost by leaving this view.</p>
        <Button variant="primary" onClick={this.props.onEscape}>
          {this.props.escapeLabel}
        </Button>
      </main>
    );
  }
}
