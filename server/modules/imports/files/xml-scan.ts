import type { Readable } from 'node:stream';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value with its XML escapes undone. */
export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A tag-level regex scan (no full parse); text after a chunk's last '<' waits, so no tag is cut in two. */
export async function scanTags(xml: Readable, pattern: RegExp, onMatch: (match: RegExpExecArray) => void) {
  xml.setEncoding('utf8');
  let tail = '';
  for await (const chunk of xml as AsyncIterable<string>) {
    const text = tail + chunk;
    const cut = text.lastIndexOf('<');
    const ready = cut > 0 ? text.slice(0, cut) : '';
    tail = cut >= 0 ? text.slice(cut) : '';
    for (const match of ready.matchAll(pattern)) onMatch(match);
  }
  for (const match of tail.matchAll(pattern)) onMatch(match);
}
