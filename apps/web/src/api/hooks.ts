import { ApiError, useApi } from '../lib/api';
import { claimsPath, type ClaimsQuery } from './paths';
import { claimDetailSchema, claimsPageSchema, epochsPageSchema, reservesSchema, statsSchema } from './schemas';

/** Pool totals, member counts and the statistics history (`/api/stats`). */
export const useStats = () => useApi('/api/stats', statsSchema);

/** Tokens held against tokens owed, read live from the chain by the API (`/api/reserves`); refreshed less often. */
export const useReserves = () => useApi('/api/reserves', reservesSchema, { refetchInterval: 10_000 });

/** Settled epochs, newest first. */
export const useEpochs = (limit = 26) => useApi(`/api/epochs?limit=${limit}`, epochsPageSchema, { refetchInterval: 10_000 });

/** A page of claims, newest first; `null` disables the read (e.g. while a filter is invalid). */
export const useClaims = (query: ClaimsQuery | null) => useApi(query ? claimsPath(query) : null, claimsPageSchema);

/** The API said there is no such thing (404) or that the id is not one (400). */
export const isNotFound = (error: unknown): boolean => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** One claim with evidence, witnesses, draws, reports, payments and timeline; `null` disables the read. */
export const useClaim = (claimId: bigint | null) =>
  useApi(claimId === null ? null : `/api/claims/${claimId}`, claimDetailSchema, {
    // A missing claim stays missing until one is filed: do not hammer the API with retries of a 404/400.
    retry: (count, error) => count < 2 && !isNotFound(error),
  });
