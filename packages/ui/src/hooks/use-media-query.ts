import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, kept in sync as the viewport changes. */
export function useMediaQuery(query: string, serverValue = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}

/** Tailwind's `md` breakpoint: the sidebar is docked at and above it, a drawer below. */
export const DESKTOP_QUERY = '(min-width: 48rem)';
