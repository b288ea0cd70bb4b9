// Text a page adds after the analysis is appended to the page's text (after a paragraph break) and
// recognised together with what came before, so coreference still links "Pompeo" to "Secretary of
// State Mike Pompeo". Only mentions in the new part are taken: text already analysed and
// highlighted is never touched again. Pure except for reading node relations.
import { PARAGRAPH_SEPARATOR } from '@/lib/extract/text-map';
import type { Entity, EntityType, TextMap } from '@/lib/types';

export interface LateMark {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  id: string;
}

/** The page's text with `extra` appended; extra's offsets move up by `base`. */
export function appendTextMap(map: TextMap, extra: TextMap): { map: TextMap; base: number } {
  const base = map.text.length + PARAGRAPH_SEPARATOR.length;
  return {
    base,
    map: {
      text: map.text + PARAGRAPH_SEPARATOR + extra.text,
      segments: [...map.segments, ...extra.segments.map((s) => ({ start: s.start + base, end: s.end + base, node: s.node }))],
    },
  };
}

/**
 * Adds the mentions at or after `base` in `found` (recognised over old + new text) to the old
 * entities: to the same entity (type and key) when there is one, else to a new one. Returns new
 * objects and the added mentions (offsets in the combined text) with their highlight ids.
 */
export function mergeLateEntities(old: readonly Entity[], found: readonly Entity[], base: number): { entities: Entity[]; added: LateMark[] } {
  const entities = old.map((e) => ({ ...e, mentions: [...e.mentions] }) as Entity);
  const byId = new Map(entities.map((e) => [`${e.type}:${e.key}`, e]));
  const added: LateMark[] = [];
  for (const f of found) {
    const late = f.mentions.filter((m) => m.start >= base);
    if (!late.length) continue;
    const id = `${f.type}:${f.key}`;
    let e = byId.get(id);
    if (!e) {
      e = { ...f, mentions: [] } as Entity;
      entities.push(e);
      byId.set(id, e);
    }
    for (const m of late) {
      added.push({ start: m.start, end: m.end, type: f.type, key: f.key, id: `${id}:${e.mentions.length}` });
      e.mentions.push({ start: m.start, end: m.end });
    }
  }
  added.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, added };
}

/**
 * The element holding the article text, to scope the observer of late content: the nearest common
 * ancestor of its first and last worded text nodes. null when that is <body> or <html>, which
 * would mean watching the whole document.
 */
export function articleRoot(map: TextMap): Element | null {
  const worded = map.segments.filter((s) => s.node.isConnected && s.node.data.trim());
  if (!worded.length) return null;
  const first = worded[0].node;
  const last = worded[worded.length - 1].node;
  let el: Node | null = first.parentNode;
  while (el && !el.contains(last)) el = el.parentNode;
  if (!el || el.nodeType !== 1) return null;
  const tag = (el as Element).tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML' ? null : (el as Element);
}
