import { normalizePermitNumber, type PermitType } from '../../../../shared/rules/permits.ts';
import type { Cell, ImportField, PermitDraft } from '../imports.types.ts';
import { cellText, cleanText, isPlaceholder } from './cell.ts';
import { parseYesNo } from './choices.ts';
import { FIELD_LABELS } from './labels.ts';
import type { Issues, Read } from './row-fields.ts';
import type { NormaliseContext } from './types.ts';

const PERMIT_COLUMNS: readonly [ImportField, PermitType][] = [
  ['nib', 'NIB'],
  ['pirt', 'PIRT'],
  ['halal', 'HALAL'],
  ['bpom', 'BPOM_MD'],
];
// "Proses", "sedang diurus": applied for, not held.
const PENDING = /^(?:dalam\s+|sedang\s+)?(?:proses|diurus|diajukan|pengajuan|pengurusan)\b/i;

/** Permits from their columns; a cell may hold several numbers. Unreadable numbers are dropped with a warning. */
export function permitsOf(read: Read, ctx: NormaliseContext, issues: Issues): PermitDraft[] {
  const out: PermitDraft[] = [];
  for (const [field, type] of PERMIT_COLUMNS) {
    const src = read(field);
    const text = cellText(src.cell);
    if (text === null || isPlaceholder(text) || PENDING.test(text)) continue;
    const answer = parseYesNo(src.cell).value;
    if (answer === true) {
      const message = `${FIELD_LABELS[field]} tertulis "${text}" tanpa nomor; isi nomornya agar izin tercatat.`;
      issues.warn(src, 'PERMIT_NUMBER_MISSING', message);
    }
    if (answer !== null) continue;
    for (const number of numbersIn(src.cell, text, type)) {
      const check = normalizePermitNumber(type, number, { today: ctx.today, region: ctx.region });
      for (const e of check.errors)
        issues.rule('warning', src, e, `${FIELD_LABELS[field]} "${number}" tidak disimpan`);
      for (const w of check.warnings) issues.rule('warning', src, w, `${FIELD_LABELS[field]} "${number}"`);
      if (check.value && !out.some((p) => p.type === type && p.number === check.value)) {
        out.push({ type, number: check.value });
      }
    }
  }
  return out;
}

// One number per line or ";"; digit-based numbers may also be listed with commas, halal numbers are free text.
function numbersIn(cell: Cell, text: string, type: PermitType): string[] {
  const raw = typeof cell === 'string' ? cell : text;
  const separator = type === 'HALAL' ? /[\n;]/ : /[\n;,]|\s\/\s|\bdan\b/;
  // A remark in brackets after a number ("(2021)", "(terbit 2019)") is not part of it.
  return raw
    .split(separator)
    .map((t) => cleanText(t).replace(/(?<=\d)\s*\([^()]*\)$/, ''))
    .filter((t) => t !== '');
}
