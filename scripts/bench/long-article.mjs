// A long news page for the highlighting measure: the corpus has no article with 500+ mentions, so
// the paragraphs of several corpus articles (their extracted text) are laid end to end in one
// ordinary article page, until recognition finds enough mentions.
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function longArticleHtml(texts, recognize, minMentions = 600) {
  const paragraphs = [];
  let mentions = 0;
  for (let round = 0; round < 10 && mentions < minMentions; round++) {
    for (const { text } of texts) {
      paragraphs.push(...text.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 40));
      mentions = recognize(paragraphs.join('\n\n')).reduce((n, e) => n + e.mentions.length, 0);
      if (mentions >= minMentions) break;
    }
  }
  const title = 'Envoys meet as talks resume: a long report';
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2024-05-01' });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01T08:00:00Z">
<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Reporter</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main><footer>© News</footer></body></html>`;
  return { html, paragraphs: paragraphs.length, chars: paragraphs.join('\n\n').length, mentions };
}
