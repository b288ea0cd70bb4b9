// Hostile pages for the hardening e2e (issue 6), generated here and served from localhost by a
// server that can also send response headers (a strict CSP) and keep a response open forever (a
// page that never finishes loading). Every page is a plausible news article around the hostile part,
// so the content script really analyses and highlights it.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Prose that names officials and countries, so there is something to highlight everywhere. */
export const SENTENCES = [
  'Chinese Foreign Minister Wang Yi met French President Emmanuel Macron in Paris on Tuesday.',
  'The talks covered trade between China and the European Union, and the war in Ukraine.',
  'German Chancellor Olaf Scholz said Germany would host the next round of talks in Berlin.',
  'Officials from Brazil, India and South Africa attended as observers.',
  'Wang told reporters that Beijing wanted stable relations with Washington.',
  'Japanese diplomats said Tokyo had not been consulted about the new proposal.',
];

export function paragraphs(n: number, offset = 0): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = SENTENCES[(i + offset) % SENTENCES.length];
    const b = SENTENCES[(i + offset + 2) % SENTENCES.length];
    out.push(`<p>${a} ${b}</p>`);
  }
  return out.join('\n');
}

export interface ArticleParts {
  title?: string;
  head?: string;
  /** Inside <article>, after the headline and byline. */
  body: string;
  /** In <body>, after </article>. */
  after?: string;
  lang?: string;
  dir?: string;
}

/** A news article page: metadata a publisher would declare, a headline, a byline and the body. */
export function article({ title = 'Foreign ministers meet in Paris', head = '', body, after = '', lang = 'en', dir }: ArticleParts): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2024-05-07T09:00:00Z',
    author: { '@type': 'Person', name: 'Ann Reporter' },
  });
  return `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-07T09:00:00Z">
<script type="application/ld+json">${ld}</script>
${head}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By Ann Reporter, May 7, 2024</p>
${body}
</article></main>
${after}
<footer>The Daily Example</footer>
</body></html>`;
}

export interface Route {
  body: string;
  headers?: Record<string, string>;
  /** Send the body, then keep the response open until the server closes. */
  hang?: boolean;
}

export interface PageServer {
  origin: string;
  /** Every path the server was asked for, in order (a request the extension made would show here). */
  requests: string[];
  close(): Promise<void>;
}

export async function startPageServer(routes: Record<string, Route>): Promise<PageServer> {
  const requests: string[] = [];
  const open = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(pathname);
    const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    if (route.hang) {
      res.write(route.body);
      open.add(res);
    } else {
      res.end(route.body);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * In the page's own world: a heartbeat (the page's scripts keep running) and, at DOMContentLoaded
 * (before the content script analyses), the body's markup and visible text to compare against later.
 */
export const PAGE_PROBE = `<script>
window.__alive = 0; setInterval(function () { window.__alive++; }, 50);
document.addEventListener('DOMContentLoaded', function () { window.__snap = document.body.innerHTML; window.__text = document.body.innerText; });
</script>`;

export interface HostileCase {
  name: string;
  path: string;
  route: Route;
  /** Also run in Firefox. */
  core: boolean;
  /** The body of a page with no scripts of its own, to compare the restored DOM against (CSP page). */
  source?: string;
}

const nested = (depth: number, tag: string, every: number, text: string) =>
  `(function(){var el=document.getElementById('deep-${tag}');for(var i=0;i<${depth};i++){var d=document.createElement('${tag}');` +
  `if(i%${every}===0)d.appendChild(document.createTextNode('Level '+i+': ${text} '));el.appendChild(d);el=d;}})();`;

// Overwritten in the page's world only: the content script runs in an isolated world and must not notice.
const OVERWRITE = `<script>
(function () {
  var boom = function () { throw new Error('overwritten by the page'); };
  window.__boom = boom;
  var protos = [
    [Node.prototype, ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'cloneNode', 'normalize', 'contains', 'compareDocumentPosition']],
    [Element.prototype, ['querySelectorAll', 'querySelector', 'getAttribute', 'setAttribute', 'hasAttribute', 'closest', 'getElementsByTagName']],
    [Document.prototype, ['createElement', 'createTreeWalker', 'createTextNode', 'querySelectorAll', 'querySelector', 'getElementsByTagName']],
    [Text.prototype, ['splitText']],
    [Array.prototype, ['push', 'pop', 'map', 'filter', 'forEach', 'sort', 'slice', 'splice', 'indexOf', 'includes', 'join', 'flatMap', 'some', 'every', 'reduce', 'concat', 'find']],
    [String.prototype, ['slice', 'replace', 'toLowerCase', 'trim', 'split', 'indexOf', 'match']],
    [RegExp.prototype, ['exec', 'test']],
    [Map.prototype, ['get', 'set', 'has']],
    [Set.prototype, ['add', 'has']],
  ];
  for (var i = 0; i < protos.length; i++) for (var k = 0; k < protos[i][1].length; k++) protos[i][0][protos[i][1][k]] = boom;
  Array.prototype[Symbol.iterator] = boom;
  Array.from = boom; Object.keys = boom; Object.assign = boom; JSON.parse = boom; JSON.stringify = boom;
  window.__overwritten = function () { return Array.prototype.push === boom && Node.prototype.appendChild === boom && JSON.stringify === boom; };
})();
</script>`;

/** The hostile pages; `cross` is the origin of a second server (a cross-origin frame). */
export function hostileCases(cross: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, core: boolean, route: Route, source?: string) =>
    cases.push({ name, path: `/2024/05/07/${name}.html`, route, core, source });

  add('big-text', true, { body: article({ head: PAGE_PROBE, body: paragraphs(31_000) }) });
  add('many-elements', true, {
    body: article({
      head: PAGE_PROBE,
      body: paragraphs(20),
      after: `<div class="comments">${Array.from({ length: 20_000 }, (_, i) => `<div class="c"><span>${i}</span><a href="#c${i}">reply</a><b>k</b><i>x</i></div>`).join('')}</div>`,
    }),
  });
  add('deep-nesting', true, {
    body: article({
      head: PAGE_PROBE,
      body: `${paragraphs(5)}<p id="deep-span"></p><div hidden id="deep-div"></div>
<script>${nested(3000, 'span', 300, 'Chinese Foreign Minister Wang Yi met French President Emmanuel Macron.')}${nested(3000, 'div', 500, 'Germany and Japan.')}</script>
${paragraphs(5, 3)}`,
    }),
  });
  add('iframes', false, {
    body: article({
      head: PAGE_PROBE,
      body: `${paragraphs(8)}<iframe id="same" src="/frame.html"></iframe><iframe id="cross" src="${cross}/frame.html"></iframe>`,
    }),
  });
  add('shadow-roots', false, {
    body: article({
      head: PAGE_PROBE,
      body: `${paragraphs(6)}<div id="host1"></div>
<script>document.getElementById('host1').attachShadow({ mode: 'open' }).innerHTML = '<p>Inside an open shadow root, Japan and India signed a pact.</p>';</script>
<div id="host2"><template shadowrootmode="open"><p>A declarative shadow root: Brazil and Chile met.</p></template></div>`,
    }),
  });
  add('editable', true, {
    body: article({
      head: PAGE_PROBE,
      body: `${paragraphs(6)}
<div contenteditable="true" id="ce">France and Germany in an editable box, with Wang Yi too.</div>
<p><input id="in" value="Wang Yi visited France"> <textarea id="ta">Germany and Japan in a textarea.</textarea>
<select id="sel"><option>France</option><option>China</option></select></p>`,
    }),
  });
  add('script-style', true, {
    body: article({
      head: PAGE_PROBE,
      body: `${paragraphs(6)}
<script id="s1">window.__scriptText = "Wang Yi visited France";</script>
<script type="application/json" id="s2">{"country": "France", "official": "Wang Yi"}</script>
<style id="st">.x::after { content: "China and Germany"; }</style>
<noscript id="ns">Japan and India</noscript>
<template id="tp"><p>India and Pakistan</p></template>`,
    }),
  });
  add('split-inline', true, {
    body: article({
      head: PAGE_PROBE,
      body: `<p id="split"><b>Wang</b> Yi, China's foreign minister, met <i>Emmanuel</i> <span>Macron</span> of <a href="#f">Fr</a>ance, and <span>Ger</span><span>many</span>'s chancellor.</p>
${paragraphs(6)}`,
    }),
  });
  add('rtl', false, {
    body: article({
      head: PAGE_PROBE,
      body: `<p dir="rtl" lang="ar">التقى وزير الخارجية الصيني وانغ يي بالرئيس الفرنسي في باريس يوم الثلاثاء.</p>
<p dir="rtl" lang="he">שר החוץ הסיני וואנג יי נפגש עם נשיא צרפת בפריז.</p>
<p>In Arabic, <bdi>مصر</bdi> is Egypt; Egypt and Jordan issued a statement. &#x202B;Israel&#x202C; and &#x2067;Lebanon&#x2069; replied.</p>
${paragraphs(6)}`,
    }),
  });
  add('invisible-spaces', false, {
    body: article({
      head: PAGE_PROBE,
      body: `<p>Wang&nbsp;Yi met Fran&#x200B;ce's president and Ger&shy;many's chancellor; Chi&#x200D;na, In&#xFEFF;dia and Ja&#x200C;pan sent envoys. Wang Yi spoke first.&#x200B;</p>
${paragraphs(6)}`,
    }),
  });
  add('prototype-overwrite', true, { body: article({ head: PAGE_PROBE, body: paragraphs(8), after: OVERWRITE }) });
  add('strips-highlights', true, {
    body: article({
      head: PAGE_PROBE,
      body: paragraphs(10),
      after: `<script>
window.__stripped = 0;
new MutationObserver(function () {
  document.querySelectorAll('mark').forEach(function (m) { m.replaceWith.apply(m, Array.from(m.childNodes)); window.__stripped++; });
}).observe(document.body, { childList: true, subtree: true });
</script>`,
    }),
  });
  add('rewrites-dom', true, {
    body: article({
      head: PAGE_PROBE,
      body: `${paragraphs(10)}<div id="live"></div>`,
      after: `<script>
window.__ticks = 0;
var timer = setInterval(function () {
  var n = ++window.__ticks;
  document.getElementById('live').innerHTML = '<p>Update ' + n + ': Japan and India signed a pact; Wang Yi welcomed it.</p>';
  var ps = document.querySelectorAll('article p');
  if (n % 5 === 0 && ps.length > 3) { var p = document.createElement('p'); p.textContent = 'Rewritten ' + n + ': German Chancellor Olaf Scholz met Emmanuel Macron.'; ps[2].replaceWith(p); }
  if (n >= 150) { clearInterval(timer); window.__churnDone = true; }
}, 20);
</script>`,
    }),
  });
  const cspBody = article({
    body: `${paragraphs(8)}<p><input id="in" value=""></p><script>window.__ran = true;</script>`,
  });
  add(
    'strict-csp',
    true,
    {
      body: cspBody,
      headers: {
        'content-security-policy':
          "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
      },
    },
    cspBody,
  );
  const full = article({ head: PAGE_PROBE, body: paragraphs(10) });
  add('never-finishes', true, { body: full.slice(0, full.indexOf('</article>')), hang: true });
  return cases;
}

export const FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head>
<body><p id="fp">In a frame: French President Emmanuel Macron and Germany.</p></body></html>`;
