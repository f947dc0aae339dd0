/**
 * The hidden multi-file input behind every "Import…" action. In Electron it opens the native file
 * dialog; in the browser the usual picker. `open()` is reached through the `pickerRef` handle.
 */
import { useImperativeHandle, useRef, type Ref } from 'react';
import { IMPORT_ACCEPT } from './plan';

/** Imperative handle of the picker. */
export interface FilePickerHandle {
  open(): void;
}

export interface FilePickerProps {
  onFiles(files: File[]): void;
  pickerRef: Ref<FilePickerHandle>;
}

/** A visually hidden `<input type=file multiple>` limited to the importable types. */
export function FilePicker({ onFiles, pickerRef }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(pickerRef, () => ({ open: () => input.current?.click() }), []);
  return (
    <input
      ref={input}
      type="file"
      multiple
      accept={IMPORT_ACCEPT}
      className="visually-hidden"
      tabIndex={-1}
      aria-label="Choose files to import"
      data-testid="import-input"
      onChange={(e) => {
        const files = Array.from(e.currentTarget.files ?? []);
        e.currentTarget.value = ''; // picking the same file again still fires change
        if (files.length) onFiles(files);
      }}
    />
  );
}
