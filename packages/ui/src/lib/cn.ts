import { clsx, type ClassValue } from 'clsx';

/** Joins class names; falsy parts drop out. Components avoid conflicting utilities by design. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
