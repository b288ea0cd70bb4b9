import { describe, expect, it } from 'vitest';
import { loadHtml } from '../helpers/load-page';
import { buildTextMap, separatorBetween, textMapFromNodes } from '../../lib/extract/text-map';
import type { TextMap } from '../../lib/types';

function mapOf(bodyHtml: string): TextMap {
  const doc = loadHtml(`<!doctype html><html><body><div id="root">${bodyHtml}</div></body></html>`);
  return buildTextMap(doc.getElementById('root')!);
}

function expectConsistent(map: TextMap): void {
  let prevEnd = 0;
  for (const s of map.segments) {
    expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = s.end;
  }
}

describe('buildTextMap', () => {
  it.each([
    ['paragraphs are separated', '<p>Wang Yi</p><p>Antony Blinken</p>', 'Wang Yi\n\nAntony Blinken'],
    ['inline boundaries add nothing', '<p><b>Wang</b> Yi</p>', 'Wang Yi'],
    ['space between inline elements is kept', '<p><b>Wang</b> <i>Yi</i></p>', 'Wang Yi'],
    ['indentation between blocks is dropped', '<div>\n  <p>Mali</p>\n  <p>Malta</p>\n</div>', 'Mali\n\nMalta'],
    ['a line break separates lines', '<p>Mali<br>Malta</p>', 'Mali\nMalta'],
    ['a nested line break separates lines', '<p>Mali<span><br></span>Malta</p>', 'Mali\nMalta'],
    ['headings and list items are blocks', '<h2>Title</h2><ul><li>one</li><li>two</li></ul>', 'Title\n\none\n\ntwo'],
    ['table cells are blocks', '<table><tr><td>Chad</td><td>Niger</td></tr></table>', 'Chad\n\nNiger'],
    ['a block inside inline text separates', '<span>Chad<div>Niger</div></span>', 'Chad\n\nNiger'],
    ['scripts and styles are skipped', '<p>Chad<script>var x = "Niger";</script><style>p{}</style> and Mali</p>', 'Chad and Mali'],
    ['noscript and template are skipped', '<p>Chad</p><noscript>Niger</noscript><template>Peru</template>', 'Chad'],
    ['form controls are skipped', '<p>Chad</p><textarea>Niger</textarea><select><option>Peru</option></select><button>Share</button>', 'Chad'],
    ['hidden elements are skipped', '<p>Chad</p><p hidden>Niger</p><p aria-hidden="true">Peru</p><p style="display: none">Oman</p>', 'Chad'],
    ['editable regions are skipped', '<p>Chad</p><div contenteditable="true">Niger</div><div contenteditable="false">Peru</div>', 'Chad\n\nPeru'],
    ['Attaché wrappers are transparent', '<p><mark data-attache-type="country" data-attache-key="AL">Albania</mark> and <mark data-attache-type="country" data-attache-key="ML">Mali</mark></p>', 'Albania and Mali'],
    ['comments are ignored', '<p>Chad<!-- Niger --> and Mali</p>', 'Chad and Mali'],
  ])('%s', (_name, html, expected) => {
    const map = mapOf(html);
    expect(map.text).toBe(expected);
    expectConsistent(map);
  });

  it('accepts several roots and separates them', () => {
    const doc = loadHtml('<body><h1 id="a">Headline</h1><nav>Menu</nav><div id="b"><span>Body</span></div></body>');
    const map = buildTextMap([doc.getElementById('a')!, doc.getElementById('b')!]);
    expect(map.text).toBe('Headline\n\nBody');
  });

  it('drops a root that sits inside a hidden ancestor', () => {
    const doc = loadHtml('<body><div hidden><p id="a">Secret</p></div><p id="b">Shown</p></body>');
    expect(buildTextMap([doc.getElementById('a')!, doc.getElementById('b')!]).text).toBe('Shown');
  });

  it('keeps UTF-16 offsets for astral characters', () => {
    const map = mapOf('<p>😀 Chad</p><p>Mali</p>');
    expect(map.text.indexOf('Mali')).toBe(map.segments[1].start);
    expectConsistent(map);
  });
});

describe('textMapFromNodes and separatorBetween', () => {
  it('joins given nodes only, with separators from the live structure', () => {
    const doc = loadHtml('<body><p id="p1">One <b>two</b></p><aside>skip</aside><p id="p2">three</p></body>');
    const p1 = doc.getElementById('p1')!;
    const p2 = doc.getElementById('p2')!;
    const nodes = [p1.firstChild as Text, p1.querySelector('b')!.firstChild as Text, p2.firstChild as Text];
    const map = textMapFromNodes(nodes);
    expect(map.text).toBe('One two\n\nthree');
    expect(separatorBetween(nodes[0], nodes[1])).toBe('');
    expect(separatorBetween(nodes[1], nodes[2])).toBe('\n\n');
  });

  // The first and the last text node of each body; what reading order puts between them.
  it.each<[string, string, string]>([
    ['siblings in one inline element', '<b>Wang <!-- c -->Yi</b>', ''],
    ['inline cousins', '<p><span><b>Wang</b></span> <i><u>Yi</u></i></p>', ''],
    ['a block on the first side', '<div><p>Wang</p><b>Yi</b></div>', '\n\n'],
    ['a block on the second side, deep', '<div><b>Wang</b><section><span><em>Yi</em></span></section></div>', '\n\n'],
    ['a block between them', '<span>Wang</span><span><p></p></span><span>Yi</span>', '\n\n'],
    ['a break between them', '<span>Wang</span><span><br></span><span>Yi</span>', '\n'],
    ['a break, then a block, between them', '<span>Wang</span><br><hr><span>Yi</span>', '\n\n'],
    ['the common ancestor is a block', '<p><b>Wang</b><i>Yi</i></p>', ''],
  ])('%s', (_, body, separator) => {
    const doc = loadHtml(`<body>${body}</body>`);
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    expect(separatorBetween(texts[0], texts[texts.length - 1])).toBe(separator);
  });

  it('separates nodes of different trees as paragraphs', () => {
    const a = loadHtml('<body><b>Wang</b></body>').body.firstChild!.firstChild!;
    const b = loadHtml('<body><b>Yi</b></body>').body.firstChild!.firstChild!;
    expect(separatorBetween(a, b)).toBe('\n\n');
  });
});
