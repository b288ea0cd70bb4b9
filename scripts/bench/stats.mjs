// Small numeric helpers for the bench: medians, a CPU clock, and formatting. The Node figures use
// this process's CPU time rather than wall time: the machines running the bench are shared, and
// CPU time is what one page costs, whoever else is busy.
export const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

export const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** Milliseconds of CPU time (user + system) used by this process so far. */
export const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export const wallMs = () => performance.now();

/** Runs fn and returns [result, elapsed ms on clock]. */
export function timed(clock, fn) {
  const t0 = clock();
  const result = fn();
  return [result, clock() - t0];
}

/** `n` items spread evenly over a list (first and last included), in list order. */
export function spread(list, n) {
  if (n >= list.length) return [...list];
  if (n <= 1) return list.slice(0, Math.max(0, n));
  const picked = new Set();
  for (let i = 0; i < n; i++) picked.add(Math.round((i * (list.length - 1)) / (n - 1)));
  return [...picked].map((i) => list[i]);
}

export const ms = (x, digits = 1) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : '-');
export const pct = (x, digits = 1) => (Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : '-');
export const times = (x, digits = 2) => (Number.isFinite(x) ? `${x.toFixed(digits)}×` : '-');
export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '-');
export const round = (x, digits = 4) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
