import { SECTORS } from '../../../shared/rules/kbli.ts';
import { PERMIT_LABELS, type PermitType } from '../../../shared/rules/permits.ts';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../shared/rules/size-class.ts';

const SECTOR_LABELS: Record<string, string> = Object.fromEntries(SECTORS.map((s) => [s.code, s.label]));

export const sectorLabel = (code: string | null | undefined): string =>
  code ? (SECTOR_LABELS[code] ?? code) : '–';

export const permitLabel = (type: string): string => PERMIT_LABELS[type as PermitType] ?? type;

export const sizeLabel = (cls: string | null | undefined): string =>
  cls ? (SIZE_CLASS_LABELS[cls as SizeClass] ?? cls) : '–';

/** Empty values read as a dash rather than a blank cell. */
export const orDash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '–' : String(v);
