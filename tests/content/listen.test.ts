import { describe, expect, it, vi } from 'vitest';
import { answerWith } from '../../entrypoints/content/listen';

const sender = { id: 'ext' } as Parameters<ReturnType<typeof answerWith>>[1];
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('answerWith: a content-script listener that answers through sendResponse', () => {
  it('answers a value, keeping the channel open', async () => {
    const send = vi.fn();
    expect(answerWith(() => ({ ok: 1 }))('m', sender, send)).toBe(true);
    await settle();
    expect(send).toHaveBeenCalledWith({ ok: 1 });
  });

  it('answers what a promise resolves to', async () => {
    const send = vi.fn();
    expect(answerWith(async (raw) => `got ${raw}`)('m', sender, send)).toBe(true);
    await settle();
    expect(send).toHaveBeenCalledWith('got m');
  });

  it('answers undefined when the promise rejects, rather than leaving the asker waiting', async () => {
    const send = vi.fn();
    expect(answerWith(() => Promise.reject(new Error('no')))('m', sender, send)).toBe(true);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(undefined);
  });

  it('leaves messages that are not its own to other listeners', async () => {
    const send = vi.fn();
    expect(answerWith(() => undefined)('m', sender, send)).toBeUndefined();
    await settle();
    expect(send).not.toHaveBeenCalled();
  });

  it('does not throw when the handler does', () => {
    const send = vi.fn();
    expect(answerWith(() => {
      throw new Error('boom');
    })('m', sender, send)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });
});
