// The CLI's result line, in the format that ../shared/eval/score.mjs reads (see its README).
import type { Entity, PageAnalysis } from '../lib/types';

export interface ResultLine {
  file: string;
  isArticle: boolean;
  detection?: { score: number; signals: string[] };
  article?: { title: string; byline: string | null; siteName: string | null; publishedTime: string | null; lang: string | null; length: number };
  entities?: Array<Record<string, unknown>>;
  error?: string;
}

export function toResultLine(file: string, a: PageAnalysis, withMentions = false): ResultLine {
  const line: ResultLine = {
    file,
    isArticle: a.detection.isArticle,
    detection: { score: round(a.detection.score), signals: a.detection.signals },
  };
  if (a.meta) {
    const { title, byline, siteName, publishedTime, lang, length } = a.meta;
    line.article = { title, byline, siteName, publishedTime, lang, length };
  }
  line.entities = a.entities.map((e) => entityJson(e, a.map?.text, withMentions));
  return line;
}

function entityJson(e: Entity, text: string | undefined, withMentions: boolean): Record<string, unknown> {
  const base: Record<string, unknown> =
    e.type === 'country'
      ? { type: 'country', code: e.code, name: e.name, count: e.mentions.length }
      : { type: 'official', name: e.name, aliases: e.aliases, titles: e.titles, country: e.country, count: e.mentions.length };
  base.confidence = round(e.confidence);
  if (withMentions && text !== undefined) {
    base.mentions = e.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  }
  return base;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
