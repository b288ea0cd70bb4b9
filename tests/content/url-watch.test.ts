import { describe, expect, it, vi } from 'vitest';
import { createUrlWatcher, documentUrl } from '../../entrypoints/content/url-watch';

// A manual scheduler: nothing runs until the test says the settle time has passed.
function setup(start: string) {
  let href = start;
  const queue = new Map<number, () => void>();
  let next = 1;
  const onChange = vi.fn();
  const w = createUrlWatcher({
    read: () => href,
    onChange,
    settleMs: 300,
    schedule: (fn) => {
      queue.set(next, fn);
      return next++;
    },
    cancel: (h) => void queue.delete(h as number),
  });
  const settle = () => {
    const fns = [...queue.values()];
    queue.clear();
    fns.forEach((f) => f());
  };
  return { w, onChange, settle, go: (u: string) => (href = u), pending: () => queue.size };
}

describe('documentUrl', () => {
  it.each([
    ['https://a.org/x?y=1#top', 'https://a.org/x?y=1'],
    ['https://a.org/x', 'https://a.org/x'],
    ['https://a.org/#/route', 'https://a.org/'],
  ])('%s → %s', (href, url) => {
    expect(documentUrl(href)).toBe(url);
  });
});

describe('createUrlWatcher', () => {
  it('reports a pushState-style change once, after it settles', () => {
    const { w, onChange, settle, go } = setup('https://a.org/one');
    w.check();
    expect(onChange).not.toHaveBeenCalled();
    go('https://a.org/two');
    w.check();
    w.check();
    expect(onChange).not.toHaveBeenCalled();
    settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://a.org/two', 'https://a.org/one');
    w.check();
    settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(w.current()).toBe('https://a.org/two');
  });

  it('ignores a change of the #fragment only', () => {
    const { w, onChange, settle, go, pending } = setup('https://a.org/one');
    go('https://a.org/one#comments');
    w.check();
    expect(pending()).toBe(0);
    settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('waits while the URL keeps moving, then reports only where it ended', () => {
    const { w, onChange, settle, go } = setup('https://a.org/one');
    go('https://a.org/two');
    w.check();
    go('https://a.org/three'); // replaceState before the first change settled
    settle(); // the timer finds a different URL: waits again
    expect(onChange).not.toHaveBeenCalled();
    settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://a.org/three', 'https://a.org/one');
  });

  it('reports nothing when the URL comes back before settling', () => {
    const { w, onChange, settle, go } = setup('https://a.org/one');
    go('https://a.org/two');
    w.check();
    go('https://a.org/one');
    w.check();
    settle();
    settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stop() cancels a pending report', () => {
    const { w, onChange, settle, go, pending } = setup('https://a.org/one');
    go('https://a.org/two');
    w.check();
    w.stop();
    expect(pending()).toBe(0);
    settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
