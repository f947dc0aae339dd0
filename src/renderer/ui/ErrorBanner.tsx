/** An inline error for a view that could not load, with an optional retry. */
import { Button } from './Button';

export interface ErrorBannerProps {
  message: string;
  onRetry?(): void;
}

/** A visible, announced error message ("The library could not be loaded: …"). */
export function ErrorBanner({ message, onRetry }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      {onRetry && (
        <Button small onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
