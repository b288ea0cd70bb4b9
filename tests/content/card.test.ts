import { afterEach, describe, expect, it } from 'vitest';
import { CARD_HOST_ID, createCard } from '../../entrypoints/content/card';
import type { CardContent } from '../../entrypoints/content/card-content';

const CONTENT: CardContent = {
  kind: 'official',
  title: '<b>Selim</b> Belortaja',
  flag: '',
  rows: [
    { key: 'office', label: 'Office', value: 'Ambassador' },
    { key: 'country', label: 'Country', value: 'Albania' },
  ],
  list: null,
  summary: '',
};

const cards: ReturnType<typeof createCard>[] = [];
function setup() {
  document.body.innerHTML = '<p>The <mark class="attache-hl" data-attache-type="official" data-attache-key="s" tabindex="0">Selim Belortaja</mark> said.</p><p><mark class="attache-hl" data-attache-type="saved">x</mark></p>';
  const original = document.body.innerHTML;
  const card = createCard({ doc: document, lookup: (m) => (m.getAttribute('data-attache-key') === 's' ? CONTENT : null) });
  card.attach();
  cards.push(card);
  const mark = document.querySelector<HTMLElement>('mark[data-attache-key="s"]')!;
  return { card, mark, original };
}
const host = () => document.getElementById(CARD_HOST_ID);

afterEach(() => {
  cards.splice(0).forEach((c) => c.detach());
  host()?.remove();
});

describe('hover card', () => {
  it('keyboard focus shows the card outside <body>, as text; blur removes it', () => {
    const { mark } = setup();
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const h = host()!;
    expect(h.parentNode).toBe(document.documentElement);
    const box = h.shadowRoot!.querySelector('[role="tooltip"]')!;
    expect(box.querySelector('.title')?.textContent).toBe('<b>Selim</b> Belortaja');
    expect(box.querySelector('b')).toBeNull();
    expect(box.querySelector('.row-office')?.textContent).toBe('Office: Ambassador');
    expect(box.querySelector('.row-country')?.textContent).toBe('Country: Albania');
    expect(mark.getAttribute('aria-describedby')).toBe(CARD_HOST_ID);
    mark.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(host()).toBeNull();
    expect(mark.hasAttribute('aria-describedby')).toBe(false);
  });

  it('Escape closes it and the body is as it was', () => {
    const { mark, original } = setup();
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(document.body.innerHTML).not.toBe(original); // aria-describedby while shown
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
    expect(document.body.innerHTML).toBe(original);
  });

  it('shows nothing for other marks, and nothing once detached', () => {
    const { card, mark } = setup();
    document.querySelector('mark[data-attache-type="saved"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(host()).toBeNull();
    card.detach();
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(host()).toBeNull();
  });
});
