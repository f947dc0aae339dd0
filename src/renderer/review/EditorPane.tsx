/**
 * Mounts the editor engine once for the open document (ref + effect; never re-created by a
 * re-render) and hands its handle to the workspace. The text and annotations are read only at
 * creation; afterwards the workspace tells the editor about every change.
 */
import { useEffect, useRef } from 'react';
import type { Annotation, ClaimStatus, Label } from '../../shared/types';
import { mountEditor, type EditorEvents, type EditorHandle } from './editorHandle';

/** Props of `EditorPane`. */
export interface EditorPaneProps {
  /** The text and annotations to start with; read once, when the editor is created. */
  initial(): { text: string; annotations: Annotation[] };
  status(id: string): ClaimStatus | undefined;
  labels: Label[];
  events: EditorEvents;
  /** Receives the handle after mounting, and null before it is destroyed. */
  onReady(editor: EditorHandle | null): void;
}

/** The document text, as the editor engine renders it. */
export function EditorPane(props: EditorPaneProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const { initial, status, labels } = latest.current;
    const { text, annotations } = initial();
    const editor = mountEditor(
      mount,
      { text, annotations: annotations.filter((a) => !a.orphaned), status, labels },
      {
        onSelection: (selection) => latest.current.events.onSelection(selection),
        onAnnotationClick: (ids, anchor) => latest.current.events.onAnnotationClick(ids, anchor),
        onTextEdit: (change) => latest.current.events.onTextEdit(change),
      },
    );
    latest.current.onReady(editor);
    return () => {
      latest.current.onReady(null);
      editor.destroy();
    };
  }, []);

  return <div ref={mountRef} className="rv-text" aria-label="Document text" />;
}
