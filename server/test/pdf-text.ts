/** The text pieces of a PDF written by Pilar's writer, in drawing order. */
export function pdfTexts(pdf: string): string[] {
  return [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) =>
    (m[1] ?? '')
      .replace(/\\([()\\])/g, '$1')
      .replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8))),
  );
}

/** The number of pages the document's page tree declares. */
export function pdfPageCount(pdf: string): number {
  return Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(pdf)?.[1] ?? 0);
}

/** The piece that follows the first piece equal to `label` (a value after its label, a bar's number). */
export function nextTo(texts: string[], label: string, offset = 1): string | undefined {
  const i = texts.indexOf(label);
  return i < 0 ? undefined : texts[i + offset];
}
