import { QueryClient } from '@tanstack/react-query';
import { readAppError } from './app-error';

/** Retry only what may succeed on a second try: network failures and 5xx, twice at most. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  const { httpStatus } = readAppError(error);
  return httpStatus === undefined || httpStatus >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
