// The keyboard shortcut's path in the background: the active tab's content script gets the toggle.
import { describe, expect, it, vi } from 'vitest';
import { toggleActiveTab } from '../../entrypoints/background';

describe('toggleActiveTab', () => {
  it('sends the toggle to the active tab', async () => {
    const sendMessage = vi.fn(async () => ({}));
    const api = { tabs: { query: vi.fn(async () => [{ id: 7 }]), sendMessage } };
    expect(await toggleActiveTab(api)).toBe(true);
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'attache:toggle-highlights' });
  });

  it('leaves a tab without a content script (or no tab) alone, without throwing', async () => {
    const refuse = { tabs: { query: async () => [{ id: 3 }], sendMessage: async () => Promise.reject(new Error('no receiver')) } };
    expect(await toggleActiveTab(refuse)).toBe(false);
    const none = { tabs: { query: async () => [], sendMessage: vi.fn() } };
    expect(await toggleActiveTab(none)).toBe(false);
    expect(none.tabs.sendMessage).not.toHaveBeenCalled();
  });
});
