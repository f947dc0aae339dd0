/**
 * Transient notifications in a corner: errors from the API (ApiError messages), confirmations.
 * One provider at the root; components reach it with `useToasts()`. Errors stay until dismissed
 * for longer than successes; both are announced through a live region.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from './errors';

export type ToastKind = 'info' | 'success' | 'error';

interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

/** What `useToasts()` gives a component. */
export interface ToastApi {
  show(message: string, kind?: ToastKind): void;
  /** Show the readable message of anything thrown (an `ApiError` keeps its own words). */
  error(error: unknown): void;
}

const ToastContext = createContext<ToastApi | null>(null);

const LIFETIME: Record<ToastKind, number> = { info: 5000, success: 4000, error: 10000 };
const MAX_VISIBLE = 4;

/** Provides `useToasts()` and renders the toast stack. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const show = useCallback(
    (message: string, kind: ToastKind = 'info') => {
      const id = nextId.current++;
      setToasts((list) => {
        // The same message twice in a row is one toast, not a stack.
        const rest = list.filter((t) => t.message !== message);
        return [...rest, { id, kind, message }].slice(-MAX_VISIBLE);
      });
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), LIFETIME[kind]),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((timer) => clearTimeout(timer));
  }, []);

  const api = useMemo<ToastApi>(() => ({ show, error: (e) => show(errorMessage(e), 'error') }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite" aria-relevant="additions" role="status">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`}>
            <span className="toast-message">{toast.message}</span>
            <button type="button" className="toast-close" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Access the toast stack; outside a provider (isolated tests) messages go to the console. */
export function useToasts(): ToastApi {
  return (
    useContext(ToastContext) ?? {
      show: (message) => console.info(message),
      error: (e) => console.error(errorMessage(e)),
    }
  );
}
