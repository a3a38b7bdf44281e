/**
 * Small statistics over response times. Every function returns null for an
 * empty list, so the view can show "—" rather than NaN.
 */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // Even count: the mean of the two middle values, the usual textbook definition.
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((total, value) => total + value, 0) / values.length;
}

/**
 * How many of `count` responses the "fastest 90 %" keeps: ceil(0.9 × count).
 * Rounding up means nothing is left out until there are 10 responses (10 keep
 * 9, 11 keep 10, 20 keep 18), so a single slow reply is never hidden when there
 * are few. Written as ceil(9·count / 10) so the product is an exact integer
 * before the division, rather than relying on 0.9 × count happening to round well.
 */
export function fastestCount(count: number): number {
  return Math.ceil((9 * count) / 10);
}

/**
 * The mean of the fastest 90 % of the values (see `fastestCount`): how Meta
 * measures "responsiveness" for its "very responsive" badge, which ignores the
 * slowest tenth.
 */
export function fastestShareMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const kept = [...values].sort((a, b) => a - b).slice(0, fastestCount(values.length));
  return mean(kept);
}
