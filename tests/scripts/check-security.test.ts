import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { findProblems } from '../../scripts/check-security.mjs';

const rules = (src: string): string[] => findProblems(src).map((p: { rule: string }) => p.rule);

describe('check-security', () => {
  it.each([
    ['el.innerHTML = text;', ['innerHTML/outerHTML with non-constant input']],
    ['el.innerHTML += `<b>${name}</b>`;', ['innerHTML/outerHTML with non-constant input']],
    ['el.outerHTML = "<p>" + x + "</p>";', ['innerHTML/outerHTML with non-constant input']],
    ["el.insertAdjacentHTML('beforeend', html);", ['insertAdjacentHTML with non-constant input']],
    ['document.write(s);', ['document.write']],
    ['frame.srcdoc = page;', ['srcdoc with non-constant input']],
    ['range.createContextualFragment(markup);', ['createContextualFragment with non-constant input']],
    ['<div dangerouslySetInnerHTML={{ __html: x }} />', ['dangerouslySetInnerHTML']],
    ['const f = eval(code);', ['eval']],
    ['const f = new Function("a", body);', ['new Function']],
    ["setTimeout('run()', 10);", ['string passed to setTimeout/setInterval']],
  ])('flags %s', (src, expected) => {
    expect(rules(src)).toEqual(expected);
  });

  it.each([
    ["el.innerHTML = '';"],
    ['el.innerHTML = `<span class="x"></span>`;'],
    ["el.insertAdjacentHTML('beforeend', '<hr>');"],
    ['el.textContent = text;'],
    ['if (el.innerHTML === before) done();'],
    ['// el.innerHTML = text; is forbidden'],
    ['/* eval(code) */ const x = 1;'],
    ["const s = 'el.innerHTML = x // not code';"],
    ['retrieval(x); medieval(y); obj.eval(z);'],
    ['setTimeout(() => run(), 10);'],
  ])('allows %s', (src) => {
    expect(rules(src)).toEqual([]);
  });

  it('reports the line', () => {
    expect(findProblems('const a = 1;\n\nel.innerHTML = a;')).toEqual([
      { line: 3, rule: 'innerHTML/outerHTML with non-constant input', text: 'el.innerHTML = a;' },
    ]);
  });
});
