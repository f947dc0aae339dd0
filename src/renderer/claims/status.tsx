/** Claim statuses as the claims desk shows them: words, workflow order and the colour class of each. */
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';

/** Claim statuses in words, in workflow order. */
export const CLAIM_STATUS_WORDS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  in_progress: 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

/** Workflow position of each status (for sorting by status). */
export const CLAIM_STATUS_ORDER: Record<ClaimStatus, number> = Object.fromEntries(
  CLAIM_STATUSES.map((status, index) => [status, index]),
) as Record<ClaimStatus, number>;

/** The chip for a claim status: grey, amber, green, red, orange or purple (see claims.css). */
export function ClaimStatusChip({ status }: { status: ClaimStatus }) {
  return <span className={`claim-status claim-status-${status}`}>{CLAIM_STATUS_WORDS[status]}</span>;
}
