// A tiny static file server on 127.0.0.1 for e2e tests: real http:// pages are what the content
// script matches, and file:// would not exercise the same path. Read-only, no directory listings.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Saved real pages refer to scripts, fonts and trackers on the web. With no network here, a browser
 * may wait a long time on each; this policy refuses every other origin at once, and leaves the page's
 * own inline scripts and styles alone.
 */
export const OFFLINE_CSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";

/**
 * Serves files under `root`, plus `pages`: generated HTML by URL path (e.g. "/gen/listing.html").
 * `headers` adds response headers by path (e.g. OFFLINE_CSP for saved pages).
 */
export async function startStaticServer(
  root: string,
  pages: Record<string, string> = {},
  headers: (pathname: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (Object.hasOwn(pages, pathname)) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headers(pathname) }).end(pages[pathname]);
        return;
      }
      const file = path.resolve(base, '.' + pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers(pathname) }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
