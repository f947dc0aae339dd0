/**
 * A claim rated False or Misleading that says nothing of why — no verdict text and no source — is
 * an accusation without support: the claim panel warns at once and "Mark reviewed" lists it. One
 * rule for both, so they never disagree.
 */
import type { Claim } from './types';

/** True when `claim` is rated False or Misleading with an empty verdict and `sourceCount` sources = 0. */
export function isUnsupportedRating(claim: Pick<Claim, 'status' | 'verdict'>, sourceCount: number): boolean {
  return (claim.status === 'false' || claim.status === 'misleading') && claim.verdict.trim() === '' && sourceCount === 0;
}
