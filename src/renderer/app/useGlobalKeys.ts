/**
 * App-wide keyboard shortcuts and menu commands: Ctrl/⌘+O imports and Ctrl/⌘+E exports (in
 * Electron the File menu's accelerators send the same commands, so the keys are left to them),
 * "/" focuses the library search.
 * Also turns unhandled `ApiError` rejections into toasts so no API failure goes unseen.
 */
import { useEffect, useRef } from 'react';
import { onMenu, platform } from '../api/client';
import { ApiError } from '../../shared/result';
import type { ToastApi } from '../ui/Toasts';
import { isPrimaryModifier, isTypingTarget } from './keys';

export interface GlobalKeyHandlers {
  onImport(): void;
  /** File ▸ Export… (or Ctrl/⌘+E in web mode). */
  onExport(): void;
  /** "/" pressed outside a text field; return true if handled. */
  onSearchKey(): boolean;
}

/** Install the global shortcuts for the lifetime of the shell. */
export function useGlobalKeys(handlers: GlobalKeyHandlers, toasts: ToastApi): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (platform !== 'electron' && isPrimaryModifier(event) && !event.shiftKey && !event.altKey) {
        const key = event.key.toLowerCase();
        if (key === 'o' || key === 'e') {
          event.preventDefault();
          if (key === 'o') latest.current.onImport();
          else latest.current.onExport();
          return;
        }
      }
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
        if (latest.current.onSearchKey()) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = onMenu((command) => {
      if (command === 'import') latest.current.onImport();
      else if (command === 'export') latest.current.onExport();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
    };
  }, []);

  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (event.reason instanceof ApiError) {
        event.preventDefault();
        toasts.error(event.reason);
      }
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [toasts]);
}
