/** localStorage that never throws (private mode, quota, disabled storage). */
export function readStored<T>(
  key: string,
  parse: (value: unknown) => T | undefined,
): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? undefined : parse(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only loses a preference.
  }
}
