/** Settings → Agreement: per label across every double-reviewed document of the library. */
import { useEffect, useState } from 'react';
import type { AgreementReport as Report } from '../../shared/double-review';
import { call } from '../api/client';
import { AgreementFigures } from './AgreementFigures';

/** The library's agreement report, or a sentence when nothing has been double-reviewed. */
export function AgreementReport() {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('doubleReview:agreement', {}).then(
      (r) => live && setReport(r),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, []);
  if (error) return <p className="form-error">{error}</p>;
  if (!report) return null;
  if (report.documents === 0) return <p className="muted">No document has been set to double review yet.</p>;
  return (
    <AgreementFigures
      caption={`Between the two reviewers of ${report.documents} double-reviewed document${report.documents === 1 ? '' : 's'}`}
      labels={report.labels}
      entityF1={report.entityF1}
      entityKappa={report.entityKappa}
      claims={report.claims}
    />
  );
}
