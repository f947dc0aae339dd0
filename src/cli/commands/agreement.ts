/** `copydesk agreement [--json]`: agreement per label across every double-reviewed document. */
import { formatKappa, formatRatio } from '../../shared/agreement-format';
import type { AgreementReport } from '../../shared/double-review';
import type { Command } from '../context';
import { formatTable } from '../table';

/** The report as a table: one row per entity label, then all entities, claims and teasers. */
export function formatAgreementReport(report: AgreementReport): string {
  const rows = report.labels.map((l) => [l.label, String(l.a), String(l.b), String(l.both), formatRatio(l.f1), formatKappa(l.kappa)]);
  const entitiesA = report.labels.reduce((n, l) => n + l.a, 0);
  const entitiesB = report.labels.reduce((n, l) => n + l.b, 0);
  const both = report.labels.reduce((n, l) => n + l.both, 0);
  rows.push(['all entities', String(entitiesA), String(entitiesB), String(both), formatRatio(report.entityF1), formatKappa(report.entityKappa)]);
  const table = formatTable(
    [
      { header: 'LABEL', maxWidth: 32 },
      { header: 'A', align: 'right' },
      { header: 'B', align: 'right' },
      { header: 'BOTH', align: 'right' },
      { header: 'F1', align: 'right' },
      { header: 'KAPPA', align: 'right' },
    ],
    rows,
  );
  const overlap = (name: string, o: AgreementReport['claims']) =>
    `${name}: A ${o.a}, B ${o.b}, same range ${o.exact}, overlapping ${o.overlapping} (overlap ${formatRatio(o.ratio)})`;
  return [
    `${report.documents} double-reviewed document${report.documents === 1 ? '' : 's'}`,
    table,
    overlap('Claims', report.claims),
    overlap('Teasers', report.teasers),
  ].join('\n');
}

export const agreementCommand: Command = {
  name: 'agreement',
  summary: 'agreement between double reviewers, per label',
  help: `Usage: copydesk agreement [--json] [--db PATH]

Compares the two reviewers' layers of every document set to double review
(finished or not) and prints, per entity label, how many spans each reviewer
marked, how many match exactly, span F1 and Cohen's kappa over words; then
the overlap of their claims and teasers.

  --json       print the report as JSON
  --db PATH    the library file (default: your Copydesk library)`,
  flags: ['json'],
  async run(args, context) {
    const report = await context.call('doubleReview:agreement', {});
    if (args.flags.has('json')) {
      context.io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (report.documents === 0) {
      context.io.out('No document in the library has been set to double review.');
      return 0;
    }
    context.io.out(formatAgreementReport(report));
    return 0;
  },
};
