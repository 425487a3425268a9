import type { IrLevel } from '../../../../shared/rules/mentoring.ts';
import { useLabels } from '../../i18n/labels.ts';

/** An IR level's name in the interface's language ('–' when not assessed). */
export function useLevelLabel() {
  const names = useLabels();
  return (level: number | null | undefined): string =>
    level ? (names.irLevel[level as IrLevel] ?? `IR ${level}`) : '–';
}

/** Badge colours with enough contrast in Mantine's light variant. */
export const LEVEL_COLORS: Record<number, string> = { 1: 'orange', 2: 'blue', 3: 'teal' };
export const PRIORITY_COLORS: Record<string, string> = { tinggi: 'red', sedang: 'blue', rendah: 'gray' };
