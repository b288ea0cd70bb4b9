import { describe, expect, it } from 'vitest';
import { firstWhere } from '../lib/bisect';

describe('firstWhere', () => {
  const xs = [1, 3, 3, 5, 8];
  it.each([
    [0, 0],
    [1, 1],
    [3, 3],
    [4, 3],
    [8, 5],
    [9, 5],
  ])('the first value above %i is at %i', (v, at) => {
    expect(firstWhere(xs.length, (i) => xs[i] > v)).toBe(at);
    // The same as the linear search it stands for.
    expect(firstWhere(xs.length, (i) => xs[i] > v)).toBe(((k) => (k < 0 ? xs.length : k))(xs.findIndex((x) => x > v)));
  });

  it('is 0 on an empty list and never asks past it', () => {
    const asked: number[] = [];
    expect(firstWhere(0, (i) => (asked.push(i), true))).toBe(0);
    expect(firstWhere(1000, (i) => (asked.push(i), i >= 700))).toBe(700);
    expect(asked.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(10);
  });
});
