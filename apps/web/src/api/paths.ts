import type { ClaimState } from './schemas';

export type ClaimsQuery = { states?: readonly ClaimState[]; claimant?: string | null; cursor?: bigint | string | null; limit?: number };

/** `/api/claims?…` with the filters the API takes (docs/indexer.md); empty filters are left out. */
export function claimsPath(query: ClaimsQuery = {}): string {
  const params = new URLSearchParams();
  if (query.states?.length) params.set('status', query.states.join(','));
  if (query.claimant) params.set('claimant', query.claimant.toLowerCase());
  if (query.cursor !== undefined && query.cursor !== null && query.cursor !== '') params.set('cursor', String(query.cursor));
  if (query.limit) params.set('limit', String(query.limit));
  const search = params.toString();
  return `/api/claims${search ? `?${search}` : ''}`;
}
