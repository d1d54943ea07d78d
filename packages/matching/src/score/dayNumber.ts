/**
 * Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`), or NaN.
 *
 * @internal
 */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(date) / 86_400_000);
}
