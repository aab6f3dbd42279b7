// Order statistics for repeated timings: median, min-max and the interquartile range.
// Quartiles use linear interpolation between closest ranks (the same as numpy's default).

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** @param {number[]} values */
export function summarize(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    values: finite,
  };
}

export const round = (value, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
