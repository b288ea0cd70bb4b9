import '../i18n/english';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/Options';
import { parseSettings, type Settings } from '../../lib/settings';
import { withPreactRoot } from '../helpers/preact-root';

let root: HTMLElement;
withPreactRoot((r) => (root = r));

function show(settings: Settings = parseSettings(undefined)) {
  const onChange = vi.fn();
  act(() => render(<Options settings={settings} status="" onChange={onChange} />, root));
  return onChange;
}
const input = (sel: string) => root.querySelector<HTMLInputElement>(sel)!;
function type(el: HTMLInputElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Options', () => {
  it('switches an entity type off', () => {
    const onChange = show();
    expect(input('input[name="type-country"]').checked).toBe(true);
    act(() => input('input[name="type-country"]').click());
    expect(onChange.mock.calls[0][0].types).toEqual({ official: true, country: false });
  });

  it('picks a colour per type from the palette', () => {
    const onChange = show();
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="color-official"]')];
    expect(radios.find((r) => r.checked)?.value).toBe('#d55e00');
    act(() => radios.find((r) => r.value === '#009e73')!.click());
    expect(onChange.mock.calls[0][0].colors).toEqual({ official: '#009e73', country: '#0072b2' });
  });

  it('adds a site rule, normalising the host, and refuses what is not a host', () => {
    const onChange = show();
    expect(root.textContent).toMatch(/No sites yet/);
    const site = input('input[name="site"]');
    type(site, 'https://www.Example.com/path');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onChange.mock.calls[0][0].sites).toEqual({ 'example.com': 'never' });

    type(site, 'not a site');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/not a site name/);
    expect(site.getAttribute('aria-invalid')).toBe('true');
  });

  it('lists site rules; each can be changed or removed', () => {
    const onChange = show(parseSettings({ sites: { 'b.org': 'always', 'a.org': 'never' } }));
    expect([...root.querySelectorAll('.site-host')].map((t) => t.textContent)).toEqual(['a.org', 'b.org']);
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Remove a.org"]')!.click());
    expect(onChange.mock.calls[0][0].sites).toEqual({ 'b.org': 'always' });
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="Rule for b.org"]')!;
    act(() => {
      select.value = 'never';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange.mock.calls[1][0].sites).toEqual({ 'a.org': 'never', 'b.org': 'never' });
  });

  it('reset restores types and colours but keeps the site list', () => {
    const onChange = show(parseSettings({ types: { official: false }, colors: { country: '#cc79a7' }, sites: { 'a.org': 'never' } }));
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Default types and colours')!.click());
    expect(onChange.mock.calls[0][0]).toEqual(parseSettings({ sites: { 'a.org': 'never' } }));
  });
});
