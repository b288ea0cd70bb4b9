// The saved-highlight messages: every receiver parses before acting, so malformed or foreign
// requests and answers must come back null (or leave bad records out), and page keys must not
// follow a canonical link to another site.
import { describe, expect, it } from 'vitest';
import {
  highlightIdFromHash,
  parseListAnswer,
  parseSavedBackgroundRequest,
  parseSavedContentRequest,
  parseSavedOnPage,
  parseSaveOutcome,
  sameSite,
  siteOf,
  trustedPageKey,
  visitedUrl,
} from '../../lib/saved/messages';
import { parseContentRequest } from '../../lib/messages';
import { highlight } from './fixtures';

describe('parseSavedContentRequest', () => {
  it.each([
    [{ type: 'attache:save-selection' }, { type: 'attache:save-selection' }],
    [{ type: 'attache:get-saved', extra: 1 }, { type: 'attache:get-saved' }],
    [{ type: 'attache:show-saved', id: 'abc' }, { type: 'attache:show-saved', id: 'abc' }],
    [{ type: 'attache:show-saved' }, null],
    [{ type: 'attache:show-saved', id: '' }, null],
    [{ type: 'attache:show-saved', id: 'x'.repeat(101) }, null],
    [{ type: 'attache:get-results' }, null],
    ['attache:save-selection', null],
    [null, null],
    [[{ type: 'attache:save-selection' }], null],
  ])('%j → %j', (input, expected) => {
    expect(parseSavedContentRequest(input)).toEqual(expected);
  });

  it('is not taken by the entity requests parser (two listeners, one answer)', () => {
    for (const type of ['attache:save-selection', 'attache:get-saved']) expect(parseContentRequest({ type })).toBeNull();
  });
});

describe('parseSavedBackgroundRequest', () => {
  it('accepts a valid highlight and rebuilds it without stray fields', () => {
    const h = { ...highlight(), stray: 'x' };
    const msg = parseSavedBackgroundRequest({ type: 'attache:save-highlight', highlight: h });
    expect(msg?.type).toBe('attache:save-highlight');
    expect(msg && 'highlight' in msg && 'stray' in msg.highlight).toBe(false);
  });

  it.each([
    ['a malformed highlight', { type: 'attache:save-highlight', highlight: { ...highlight(), id: 'not-a-uuid' } }],
    ['no highlight', { type: 'attache:save-highlight' }],
    ['a quote past the limit', { type: 'attache:save-highlight', highlight: highlight({ quote: 'a'.repeat(20_001) }) }],
    ['a list without url', { type: 'attache:list-highlights', canonical: null }],
    ['a list with a numeric canonical', { type: 'attache:list-highlights', url: 'https://a.example/', canonical: 3 }],
    ['an unknown type', { type: 'attache:delete-everything' }],
  ])('refuses %s', (_label, input) => {
    expect(parseSavedBackgroundRequest(input)).toBeNull();
  });

  it('accepts a list request with or without canonical', () => {
    expect(parseSavedBackgroundRequest({ type: 'attache:list-highlights', url: 'https://a.example/x', canonical: null })).toEqual({
      type: 'attache:list-highlights',
      url: 'https://a.example/x',
      canonical: null,
    });
  });
});

describe('answers', () => {
  it('parseSaveOutcome', () => {
    expect(parseSaveOutcome({ ok: true, id: 'a', quote: 'q' })).toEqual({ ok: true, id: 'a', quote: 'q' });
    expect(parseSaveOutcome({ ok: false, error: 'full', full: true })).toEqual({ ok: false, error: 'full', full: true });
    expect(parseSaveOutcome({ ok: false, error: 'no', full: 'yes' })).toEqual({ ok: false, error: 'no' });
    expect(parseSaveOutcome({ ok: true, id: 'a' })).toBeNull();
    expect(parseSaveOutcome({ ok: false })).toBeNull();
    expect(parseSaveOutcome(undefined)).toBeNull();
  });

  it('parseListAnswer keeps valid records and leaves bad ones out', () => {
    const good = highlight();
    const answer = parseListAnswer({ ok: true, highlights: [good, { ...good, schemaVersion: 99 }, 'junk'] });
    expect(answer).toEqual({ ok: true, highlights: [good] });
    expect(parseListAnswer({ ok: true })).toBeNull();
    expect(parseListAnswer({ ok: false, error: 'down' })).toEqual({ ok: false, error: 'down' });
  });

  it('parseSavedOnPage', () => {
    const item = { id: 'a', quote: 'q', color: 'yellow', note: '' };
    const ok = { pageKey: 'https://a.example/x', placed: [item], orphans: [], error: null };
    expect(parseSavedOnPage(ok)).toEqual(ok);
    expect(parseSavedOnPage({ ...ok, orphans: [{ ...item, quote: 3 }] })).toBeNull();
    expect(parseSavedOnPage({ ...ok, placed: undefined })).toBeNull();
    expect(parseSavedOnPage({ ...ok, error: 5 })).toBeNull();
  });
});

describe('sites and page keys', () => {
  it.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['amp.theguardian.com', 'theguardian.com'],
    ['news.example', 'news.example'],
    ['127.0.0.1', '127.0.0.1'],
    ['edition.cnn.com', 'cnn.com'],
  ])('siteOf(%s) = %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  it('sameSite compares sites of http(s) addresses only', () => {
    expect(sameSite('https://www.example.com/a', 'http://amp.example.com/b')).toBe(true);
    expect(sameSite('https://example.com/a', 'https://example.org/a')).toBe(false);
    expect(sameSite('file:///a', 'file:///a')).toBe(false);
  });

  it('trustedPageKey follows a canonical link on the same site, not to another site', () => {
    expect(trustedPageKey('https://amp.example.com/a/amp?utm_source=x', 'https://www.example.com/a')).toBe('https://example.com/a');
    expect(trustedPageKey('https://example.com/story?id=2#top', '/story?id=2')).toBe('https://example.com/story?id=2');
    expect(trustedPageKey('http://127.0.0.1:8080/page.html', 'https://www.aljazeera.com/news/x')).toBe('https://127.0.0.1:8080/page.html');
    expect(trustedPageKey('https://evil.example/x', 'https://news.example/secret-story')).toBe('https://evil.example/x');
  });

  it('visitedUrl drops only the #attache= fragment; highlightIdFromHash reads it', () => {
    expect(visitedUrl('https://a.example/x?y=1#attache=abc')).toBe('https://a.example/x?y=1');
    expect(visitedUrl('https://a.example/x#section-2')).toBe('https://a.example/x#section-2');
    expect(highlightIdFromHash('#attache=00000000-0000-4000-8000-000000000001')).toBe('00000000-0000-4000-8000-000000000001');
    expect(highlightIdFromHash('#attache=')).toBeNull();
    expect(highlightIdFromHash('#top')).toBeNull();
    expect(highlightIdFromHash('#attache=%E0%A4%A')).toBeNull();
  });
});
