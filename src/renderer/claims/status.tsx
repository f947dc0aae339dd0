/** Claim statuses as the claims desk shows them: workflow order and the colour class of each (words: shared/vocabulary). */
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';

/** Workflow position of each status (for sorting by status). */
export const CLAIM_STATUS_ORDER: Record<ClaimStatus, number> = Object.fromEntries(
  CLAIM_STATUSES.map((status, index) => [status, index]),
) as Record<ClaimStatus, number>;

/** The chip for a claim status: grey, amber, green, red, orange or purple (see claims.css). */
export function ClaimStatusChip({ status }: { status: ClaimStatus }) {
  return <span className={`claim-status claim-status-${status}`}>{CLAIM_STATUS_WORDS[status]}</span>;
}
