/**
 * The preview of "tag all occurrences": how many occurrences would be tagged and where, each with
 * its context and a box to untick, before anything is saved. "Tag N" applies the ticked ones as one
 * undoable step; Esc or Cancel tags nothing. Focus starts on the apply button, so Shift+key then
 * Enter tags them all without the mouse.
 */
import { useState } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import type { Occurrence, TagAllRequest } from './tag-all';
import { plural, shorten } from './vocabulary';

/** Props of `TagAllPreview`. */
export interface TagAllPreviewProps {
  request: TagAllRequest;
  occurrences: Occurrence[];
  onApply(chosen: Occurrence[]): void;
  onClose(): void;
}

/** A dialog listing the occurrences to tag, all ticked. */
export function TagAllPreview({ request, occurrences, onApply, onClose }: TagAllPreviewProps) {
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const chosen = occurrences.filter((o) => !unticked.has(o.start));
  const toggle = (start: number) =>
    setUnticked((prev) => {
      const next = new Set(prev);
      if (!next.delete(start)) next.add(start);
      return next;
    });

  return (
    <Dialog
      title={`Tag “${shorten(request.needle.trim(), 40)}” as ${request.label}`}
      onClose={onClose}
      className="rv-tag-all"
      initialFocus=".rv-tag-all-apply"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" className="rv-tag-all-apply" disabled={chosen.length === 0} onClick={() => onApply(chosen)}>
            Tag {plural(chosen.length, 'occurrence')}
          </Button>
        </>
      }
    >
      <p>
        {plural(occurrences.length, 'untagged occurrence')} found. Occurrences inside a name already tagged (such as a
        place inside an organisation’s name) are left out. Untick any that should stay as they are.
      </p>
      <ul className="rv-tag-all-list" aria-label="Occurrences to tag">
        {occurrences.map((o) => (
          <li key={o.start}>
            <label>
              <input type="checkbox" checked={!unticked.has(o.start)} onChange={() => toggle(o.start)} />
              <span className="rv-tag-all-context">
                {o.before}
                <mark>{request.needle.trim()}</mark>
                {o.after}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
