/**
 * A suggested claim that repeats one worked to a verdict in another document: that verdict, its
 * sources and where it was checked, with one button (U) to accept the claim with them.
 */
import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/api';
import { shortTitle } from '../../../shared/short-title';
import { CLAIM_STATUS_WORDS } from '../../../shared/vocabulary';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useReview } from '../context';
import { useMay } from '../../team/may';

export function CheckedBefore({ annotationId, checkedId }: { annotationId: string; checkedId: string }) {
  const { actions } = useReview();
  const mayReuse = useMay('annotations:update').allowed;
  const [checked, setChecked] = useState<Output<'claims:get'> | null>(null);
  const [where, setWhere] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  useEffect(() => {
    let live = true;
    call('claims:get', { annotationId: checkedId }).then(
      (value) => {
        if (!live) return;
        setChecked(value);
        // The document it was checked in, by title; without it the box still shows the verdict.
        call('documents:titles', { ids: [value.annotation.documentId] }).then(
          ([doc]) => live && doc && setWhere(doc.title),
          () => undefined,
        );
      },
      () => live && setGone(true),
    );
    return () => {
      live = false;
    };
  }, [checkedId]);
  if (gone) return <p className="rv-hint">It repeated a claim checked in another document, which has since been deleted.</p>;
  if (!checked) return null;
  return (
    <section className="rv-checked-before" aria-label="Checked before">
      <p>
        Checked before{where !== null && <> in “{shortTitle(where, 60)}”</>}: <strong>{CLAIM_STATUS_WORDS[checked.claim.status]}</strong>
        {checked.claim.verdict && <> — {checked.claim.verdict}</>}
      </p>
      <p className="rv-hint">“{checked.annotation.quote}”</p>
      {checked.sources.length > 0 && (
        <ul className="rv-reasons">
          {checked.sources.map((s) => (
            <li key={s.id}>{s.title || s.url}</li>
          ))}
        </ul>
      )}
      {mayReuse && (
        <Button small variant="primary" onClick={() => void actions.reuseCheckedVerdict(annotationId)} title="Accept with this verdict and these sources (U)">
          Reuse verdict and sources
        </Button>
      )}
    </section>
  );
}
