import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf8' | 'utf-16le' | 'utf-16be' | 'win1252';

const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_LINES = 50;
// Semicolon first: a tie goes to the separator of Indonesian-locale office suites.
const DELIMITERS = [';', ',', '\t', '|'];

/** UTF-16 by its BOM; otherwise UTF-8 when every byte of the file decodes as such, else Windows-1252. */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (first && chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
      if (first && chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
      first = false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf8';
  } catch (err) {
    if (err instanceof TypeError) return 'win1252';
    throw err;
  }
}

/** The start of the file as text; `complete` when that is the whole file. */
export async function readSample(
  path: string,
  encoding: CsvEncoding,
): Promise<{ text: string; complete: boolean }> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(SAMPLE_BYTES), 0, SAMPLE_BYTES, 0);
    const text = iconv.decode(buffer.subarray(0, bytesRead), encoding === 'utf8' ? 'utf-8' : encoding);
    return { text, complete: bytesRead < SAMPLE_BYTES };
  } finally {
    await file.close();
  }
}

/** The first lines with their quoted parts removed, so separators inside quotes do not count. */
function unquotedLines({ text, complete }: { text: string; complete: boolean }): string[] {
  const lines: string[] = [];
  let line = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch !== '\n' && ch !== '\r') line += ch;
    else if (line !== '') {
      lines.push(line);
      line = '';
      if (lines.length === SAMPLE_LINES) return lines;
    }
  }
  // Without the whole file the last line may be cut short.
  if (complete && line !== '') lines.push(line);
  return lines;
}

/** How many lines share the most common non-zero count of `delimiter`: a real separator is consistent. */
function consistency(lines: string[], delimiter: string): number {
  const lineCounts = new Map<number, number>();
  for (const line of lines) {
    const n = line.split(delimiter).length - 1;
    if (n > 0) lineCounts.set(n, (lineCounts.get(n) ?? 0) + 1);
  }
  return Math.max(0, ...lineCounts.values());
}

export function detectDelimiter(sample: { text: string; complete: boolean }): string {
  const lines = unquotedLines(sample);
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const score = consistency(lines, delimiter);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
