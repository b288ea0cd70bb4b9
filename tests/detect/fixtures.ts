// Small synthetic pages for detection tests: prose, teasers, comments and products built from a few
// sentences, so each test shows the one shape it is about.
const SENTENCES = [
  'The foreign minister met her counterpart in Geneva on Tuesday to discuss the ceasefire and the exchange of prisoners.',
  'Officials on both sides described the talks as frank, though neither delegation announced an agreement afterwards.',
  'The envoy said further rounds would follow next month, and that observers from the United Nations had been invited.',
  'Diplomats familiar with the negotiations cautioned that the sequencing of troop withdrawals remained unresolved.',
  'Parliament is expected to debate the draft accord before the summer recess, according to the speaker of the house.',
];

/** A paragraph of about 230 characters. */
export const sentencePair = (i: number) => `${SENTENCES[i % 5]} ${SENTENCES[(i + 2) % 5]}`;

export const paragraphs = (n: number, wrap = (p: string) => `<p>${p}</p>`) =>
  Array.from({ length: n }, (_, i) => wrap(sentencePair(i))).join('\n');

export const ld = (json: object) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

export const page = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export const nav = (n: number) =>
  `<nav><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;

/** A front page or section page: teaser cards, each a linked headline and a short standfirst. */
export const teasers = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<article class="card"><h3><a href="/2023/03/${(i % 28) + 1}/story-${i}">Headline number ${i} about the summit</a></h3>
      <p>A short standfirst for story ${i}.</p></article>`,
  ).join('\n');

/** A discussion: each comment in its own box with author line and buttons. */
export const comments = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<div class="comment"><div class="meta"><a href="/user/u${i}">user${i}</a> <span>2 hours ago</span></div>
      <div class="body"><p>${sentencePair(i)}</p></div><div class="actions"><button>Reply</button><button>Share</button></div></div>`,
  ).join('\n');
