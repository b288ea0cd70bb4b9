// A fresh container in the document for each component test, emptied (Preact unmounted) after it,
// so effects and listeners of one test never leak into the next.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function withPreactRoot(set: (root: HTMLElement) => void): void {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    set(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
}
