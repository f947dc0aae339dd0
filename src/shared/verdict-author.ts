/**
 * The name an export gives as the author of a claim's verdict: the reviewer recorded when the
 * status or verdict text last changed (`Claim.verdictBy`). Never the person exporting — they may not
 * be who judged the claim — and never the audit log's placeholder for "no name was set".
 */
import type { Claim } from './types';

/** What the audit log records as the actor when no reviewer name is set. */
export const UNNAMED_ACTOR = 'editor';

/** The verdict's author, or null when no named reviewer gave it. */
export function verdictAuthor(claim: Pick<Claim, 'verdictBy'> | undefined): string | null {
  const name = claim?.verdictBy?.trim();
  return name && name !== UNNAMED_ACTOR ? name : null;
}
