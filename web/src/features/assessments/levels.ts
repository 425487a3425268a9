import { IR_LEVEL_LABELS, type IrLevel } from '../../../../shared/rules/mentoring.ts';

export const levelLabel = (level: number | null | undefined): string =>
  level ? (IR_LEVEL_LABELS[level as IrLevel] ?? `IR ${level}`) : '–';

/** Badge colours with enough contrast in Mantine's light variant. */
export const LEVEL_COLORS: Record<number, string> = { 1: 'orange', 2: 'blue', 3: 'teal' };
export const PRIORITY_COLORS: Record<string, string> = { tinggi: 'red', sedang: 'blue', rendah: 'gray' };
