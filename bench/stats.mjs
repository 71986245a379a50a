// Medians and spreads of repeated measurements: the bench reports the median of its rounds and the range
// around it, never a single run, because timings on a shared machine wander.

/** The median of the finite numbers in `values`, or null when there are none. */
export function median(values) {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) by linear interpolation, or null when there are no finite values. */
export function quantile(values, q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median with the lowest and highest value, so a reader sees how far the rounds disagreed. */
export function summary(values) {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { median: null, min: null, max: null, n: 0 };
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

/** Paired differences (side − baseline) of the same round, so drift within a round cancels out. */
export function pairedDifferences(side, baseline) {
  return side.map((value, round) => value - baseline[round]).filter(Number.isFinite);
}

/** Paired ratios (side ÷ baseline) of the same round. */
export function pairedRatios(side, baseline) {
  return side.map((value, round) => value / baseline[round]).filter(Number.isFinite);
}
