/** Postgres SQLSTATE 23503 (a row is still referenced), from either driver. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23503';
}
