// Do two page scans hold the same elements (by identity) and counts?
import type { PageScan } from '../../lib/detect/scan';

export function scanDifferences(a: PageScan, b: PageScan): string[] {
  const out: string[] = [];
  for (const key of Object.keys(a) as (keyof PageScan)[]) {
    const x = a[key];
    const y = b[key];
    const same = Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((e, i) => e === y[i]) : x === y;
    if (!same) out.push(key);
  }
  return out;
}
