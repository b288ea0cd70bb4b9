// The pipeline and the article's language (issue 7): the language is what the page declares unless
// its text says otherwise, it picks the lexicon, and the async entry loads that language first.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeDocumentAsync } from '../../lib/pipeline';
import type { Entity } from '../../lib/types';
import { loadLanguage } from '../../lib/entities/load-language';

const FR = [
  'Le président russe Vladimir Poutine a reçu jeudi à Moscou le président turc, selon le Kremlin.',
  'Les deux dirigeants ont évoqué la situation en Syrie et les relations avec les États-Unis, a indiqué la présidence turque dans un communiqué publié dans la soirée.',
  'Les autorités françaises ont suivi la rencontre avec attention, car la France est engagée dans les négociations sur la Syrie depuis plusieurs années.',
];

function articleDoc(paragraphs: string[], lang?: string): Document {
  const doc = document.implementation.createHTMLDocument('Rencontre à Moscou');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  const article = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = 'Rencontre à Moscou';
  article.append(h1);
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  doc.body.append(article);
  return doc;
}

const codes = (entities: Entity[]) => entities.flatMap((e) => (e.type === 'country' ? [e.code] : [])).sort();

describe('analyzeDocumentAsync', () => {
  it('loads the language the page is written in before recognising', async () => {
    const asked: string[] = [];
    const a = await analyzeDocumentAsync(articleDoc(FR), { force: true }, async (lang) => {
      asked.push(lang);
      await loadLanguage(lang);
    });
    expect(asked).toEqual(['fr']);
    expect(a.meta?.lang).toBe('fr');
    expect(codes(a.entities)).toEqual(['FR', 'RU', 'SY', 'TR', 'US']);
    const putin = a.entities.find((e) => e.type === 'official');
    expect(putin && putin.name).toBe('Vladimir Poutine');
  });

  it('trusts the text over a template that declares English', async () => {
    const a = await analyzeDocumentAsync(articleDoc(FR, 'en'), { force: true }, loadLanguage);
    expect(a.meta?.lang).toBe('fr');
  });
});

describe('analyzeDocument', () => {
  it('keeps the declared language when the text is too short to tell', () => {
    const a = analyzeDocument(articleDoc(['Syria.'], 'de'), { force: true });
    expect(a.meta?.lang).toBe('de');
  });
});
