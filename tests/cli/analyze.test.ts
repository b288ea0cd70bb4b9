// @vitest-environment node
// `attache analyze` as researchers and the scorer use it: one result per file, in order, errors as
// lines (the run goes on), and exit statuses as its help says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runAnalyze } from '../../cli/analyze';
import { main } from '../../cli/main';
import { hasCorpus, sharedDir } from '../helpers/load-page';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(c, _e, done) { chunks.push(String(c)); done(); } });
  return Object.assign(w, { text: () => chunks.join('') });
}

const dir = mkdtempSync(path.join(tmpdir(), 'attache-cli-'));
const notArticle = path.join(dir, 'search.html');
writeFileSync(notArticle, '<html><body><form><input name=q></form><a href="/a">A</a> <a href="/b">B</a></body></html>');

describe('attache analyze', () => {
  it.skipIf(!hasCorpus)('prints one JSON line per file, in order, with the entities of the reference page', async () => {
    const ref = path.join(sharedDir, 'fixtures/ichongqing-envoys.html');
    const out = sink();
    const code = await runAnalyze([ref, notArticle], { jsonl: true, force: false, mentions: true }, out, sink());
    expect(code).toBe(0);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([ref, notArticle]);
    const [article, other] = lines;
    expect(article.isArticle).toBe(true);
    expect(article.article.title).toMatch(/\S/);
    const countries = article.entities.filter((e: { type: string }) => e.type === 'country');
    const officials = article.entities.filter((e: { type: string }) => e.type === 'official');
    expect(countries.length).toBeGreaterThan(10);
    expect(officials.length).toBeGreaterThan(0);
    for (const e of article.entities) {
      expect(e.count).toBe(e.mentions.length);
      for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
    }
    expect(other.isArticle).toBe(false);
    expect(other.entities).toEqual([]);
  });

  it('a missing file gets an error line, the others still run, and the exit status is 1', async () => {
    const out = sink();
    const code = await runAnalyze([path.join(dir, 'nope.html'), notArticle], { jsonl: true, force: false, mentions: false }, out, sink());
    expect(code).toBe(1);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].error).toMatch(/^cannot read: /);
    expect(lines[1].error).toBeUndefined();
  });

  it.each([
    [['analyze'], /no files given/],
    [['analyze', '--frobnicate', 'x.html'], /unknown option --frobnicate/],
    [['analyze', '--url'], /--url needs a value/],
    [['teleport'], /unknown command "teleport"/],
  ])('usage errors exit 2 with a message: %j', async (argv, message) => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(argv)).toBe(2);
      expect(err.mock.calls.flat().join('\n')).toMatch(message);
    } finally {
      err.mockRestore();
    }
  });
});
