// A proxy that forwards nothing: Firefox in the e2e is pointed at it for every address that is not
// on this machine (loopback is never proxied), and it records what was asked and refuses it. In
// Firefox neither WebDriver BiDi nor the page's Resource Timing shows a request made by a content
// script, and the background page's Resource Timing may leave out a request that failed; but every
// request to the web goes through the proxy, so the watch can count the ones no page asked for.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxySeen {
  /** The full address for plain http; "https://host:port" for a CONNECT tunnel. */
  url: string;
  at: number;
}

export interface SinkProxy {
  port: number;
  readonly seen: ProxySeen[];
  close(): void;
}

export async function startSinkProxy(): Promise<SinkProxy> {
  const seen: ProxySeen[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res) => {
    seen.push({ url: req.url ?? '', at: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('no network in the e2e');
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    seen.push({ url: `https://${req.url ?? ''}`, at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

/**
 * Firefox's own service that its prefs cannot switch off in this release (ESR 153 ignores
 * services.settings.server and polls Remote Settings through the proxy). A tunnel to it is Firefox's,
 * not the extension's; nothing of the extension talks to Mozilla's servers.
 */
const BROWSER_OWN = new Set(['https://firefox.settings.services.mozilla.com:443']);

export function isBrowserOwn(proxyUrl: string): boolean {
  return BROWSER_OWN.has(proxyUrl);
}

/** Firefox prefs that send every non-loopback http(s) request to the proxy, with its own services quiet. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}
