// The popup's saved-highlights panel: placed highlights and orphans listed apart (orphans with their
// quote, never dropped), the save and library buttons, and the last save's message.
import '../i18n/english';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedPanel, type SavedPanelProps } from '../../components/SavedPanel';

const item = (id: string, quote: string, note = '') => ({ id, quote, color: 'yellow', note });

function mount(patch: Partial<SavedPanelProps> = {}) {
  const props: SavedPanelProps = {
    saved: { pageKey: 'https://a.example/x', placed: [item('p1', 'first quote', 'my note'), item('p2', 'second quote')], orphans: [item('o1', 'a removed passage')], error: null },
    busy: false,
    message: null,
    onSaveSelection: vi.fn(),
    onShowSaved: vi.fn(),
    onOpenLibrary: vi.fn(),
    ...patch,
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<SavedPanel {...props} />, root));
  return { root, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SavedPanel', () => {
  it('lists placed highlights and orphans apart, with the total in the heading', () => {
    const { root } = mount();
    expect(root.querySelector('#saved-heading')!.textContent).toContain('(3)');
    const placed = [...root.querySelectorAll('[data-list="placed"] [data-saved-id]')].map((e) => e.getAttribute('data-saved-id'));
    const orphans = [...root.querySelectorAll('[data-list="orphans"] [data-saved-id]')];
    expect(placed).toEqual(['p1', 'p2']);
    expect(orphans.map((o) => o.getAttribute('data-saved-id'))).toEqual(['o1']);
    expect(orphans[0].textContent).toContain('a removed passage');
    expect(root.textContent).toContain('my note');
  });

  it('a placed highlight shows in the page; the buttons save and open the library', () => {
    const { root, props } = mount();
    act(() => (root.querySelector('[data-saved-id="p2"]') as HTMLButtonElement).click());
    expect(props.onShowSaved).toHaveBeenCalledWith('p2');
    act(() => (root.querySelector('button.save-selection') as HTMLButtonElement).click());
    expect(props.onSaveSelection).toHaveBeenCalledTimes(1);
    act(() => (root.querySelector('button.open-library') as HTMLButtonElement).click());
    expect(props.onOpenLibrary).toHaveBeenCalledTimes(1);
  });

  it('without a content script only the library is offered; an error message is an alert', () => {
    const { root } = mount({ saved: null, message: { text: 'Select some text first.', kind: 'error' } });
    expect(root.querySelector('button.save-selection')).toBeNull();
    expect(root.querySelector('button.open-library')).not.toBeNull();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Select some text first.');
    expect(root.querySelector('[data-list="orphans"]')).toBeNull();
  });
});
