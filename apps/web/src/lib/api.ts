import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { useRuntimeConfig } from './config';

/** The API answered with an error status; `body` is its JSON (`{ error, … }`) when it had one. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** GETs `path` from the API; with a zod schema (classic or mini) the answer is checked and transformed (e.g. strings to bigint). */
export async function apiGet<S extends $ZodType | undefined = undefined, T = S extends $ZodType ? output<S> : unknown>(
  apiUrl: string,
  path: string,
  schema?: S,
  signal?: AbortSignal,
): Promise<T> {
  const url = new URL(path, apiUrl);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`the API at ${url.origin} does not answer (${(error as Error).message})`, 0, undefined);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (body as { error?: string; message?: string } | undefined)?.error ?? (body as { message?: string } | undefined)?.message;
    throw new ApiError(message ?? `the API answered HTTP ${response.status} for ${url.pathname}`, response.status, body);
  }
  if (!schema) return body as T;
  const parsed = safeParse(schema, body);
  if (!parsed.success) {
    throw new ApiError(`unexpected answer from ${url.pathname}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, response.status, body);
  }
  return parsed.data as T;
}

/**
 * A live API read: refreshed every `refetchInterval` ms (default 2 s) so a page follows the chain; `path` null
 * disables the query (e.g. no address yet).
 */
export function useApi<S extends $ZodType | undefined = undefined, T = S extends $ZodType ? output<S> : unknown>(
  path: string | null,
  schema?: S,
  options: Omit<UseQueryOptions<T, Error, T, (string | null)[]>, 'queryKey' | 'queryFn'> = {},
) {
  const { apiUrl } = useRuntimeConfig();
  return useQuery({
    queryKey: ['api', path],
    queryFn: ({ signal }) => apiGet<S, T>(apiUrl, path as string, schema, signal),
    enabled: path !== null,
    refetchInterval: 2_000,
    ...options,
  });
}
