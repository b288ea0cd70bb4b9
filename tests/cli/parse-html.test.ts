// @vitest-environment node
// The CLI opens saved pages from anywhere: parsing one must not run its code or make a request,
// whatever it asks for.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';

let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('content-type', req.url?.endsWith('.js') ? 'text/javascript' : 'text/html');
    res.end(req.url?.endsWith('.js') ? 'window.loaded = true;' : '<p>framed</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('parseHtml (the CLI loader)', () => {
  it('the watching server does count requests (positive control)', async () => {
    const before = hits.length;
    await fetch(`${base}/control`);
    expect(hits.length).toBe(before + 1);
  });

  it('loads no script, style sheet, frame, preload or image, and runs no inline script', async () => {
    const before = hits.length;
    const html = `<!doctype html><html><head>
      <script src="${base}/a.js"></script>
      <link rel="stylesheet" href="${base}/s.css"><link rel="preload" as="fetch" href="${base}/p.json">
      <script>window.ran = true; document.title = 'changed';</script><title>kept</title>
      </head><body><iframe src="${base}/frame.html"></iframe><img src="${base}/i.png">
      <p>Text</p><meta http-equiv="refresh" content="0; url=${base}/away"></body></html>`;
    const page = parseHtml(html, `${base}/page.html`);
    const win = page.document.defaultView as unknown as { ran?: boolean; loaded?: boolean; happyDOM: { waitUntilComplete(): Promise<void> } };
    await win.happyDOM.waitUntilComplete();
    expect(hits.slice(before)).toEqual([]);
    expect(win.ran).toBeUndefined();
    expect(win.loaded).toBeUndefined();
    expect(page.document.title).toBe('kept');
    expect(page.document.querySelector('p')?.textContent).toBe('Text');
    page.close();
  });
});
