/**
 * Mounts the editor engine once for the open document (ref + effect; never re-created by a
 * re-render) and hands the `ReviewEditor` to the workspace. The text and annotations are read only
 * at creation; afterwards the workspace tells the editor about every change.
 */
import { useEffect, useRef } from 'react';
import type { Annotation, Label } from '../../shared/types';
import { createReviewEditor, type ReviewEditor, type ReviewEditorOptions } from '../editor';
import { forEditor, type StatusOf } from './editorAnnotations';

/** The editor's callbacks the workspace answers. */
export type EditorEvents = Required<Pick<ReviewEditorOptions, 'onSelectionChange' | 'onAnnotationClick' | 'onContextMenu' | 'onTextEdit'>>;

/** Props of `EditorPane`. */
export interface EditorPaneProps {
  /** The text and annotations to start with; read once, when the editor is created. */
  initial(): { text: string; annotations: Annotation[] };
  status: StatusOf;
  labels: Label[];
  events: EditorEvents;
  /** Receives the editor after mounting, and null before it is destroyed. */
  onReady(editor: ReviewEditor | null): void;
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
    const editor = createReviewEditor(mount, {
      text,
      annotations: forEditor(annotations, status),
      labels,
      onSelectionChange: (info) => latest.current.events.onSelectionChange(info),
      onAnnotationClick: (ids, anchor) => latest.current.events.onAnnotationClick(ids, anchor),
      onContextMenu: (ids, point, inSelection) => latest.current.events.onContextMenu(ids, point, inSelection),
      onTextEdit: (change) => latest.current.events.onTextEdit(change),
    });
    latest.current.onReady(editor);
    return () => {
      latest.current.onReady(null);
      editor.destroy();
    };
  }, []);

  return <div ref={mountRef} className="rv-text" aria-label="Document text" />;
}
