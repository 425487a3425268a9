export type SizeClass = 'mikro' | 'kecil' | 'menengah' | 'besar';

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  mikro: 'Usaha Mikro',
  kecil: 'Usaha Kecil',
  menengah: 'Usaha Menengah',
  besar: 'Usaha Besar',
};

/** Upper limits in Rupiah (inclusive): capital excluding land & buildings, and annual sales (PP 7/2021 art. 35). */
export type SizeThresholds = {
  mikro: { capital: number; sales: number };
  kecil: { capital: number; sales: number };
  menengah: { capital: number; sales: number };
};

const ORDER: readonly SizeClass[] = ['mikro', 'kecil', 'menengah', 'besar'];

function classify(amount: number, criterion: 'capital' | 'sales', t: SizeThresholds): SizeClass {
  if (amount <= t.mikro[criterion]) return 'mikro';
  if (amount <= t.kecil[criterion]) return 'kecil';
  if (amount <= t.menengah[criterion]) return 'menengah';
  return 'besar';
}

// Negative or non-finite amounts are data-entry errors and count as unknown.
const known = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** UMKM size class from capital, or from annual sales (monthly turnover × 12) when capital is unknown. */
export function sizeClass(
  input: { capital?: number | null; monthlyTurnover?: number | null },
  thresholds: SizeThresholds,
): SizeClass | null {
  const byCapital = known(input.capital) ? classify(input.capital, 'capital', thresholds) : null;
  const bySales = known(input.monthlyTurnover)
    ? classify(input.monthlyTurnover * 12, 'sales', thresholds)
    : null;
  // Both known: the larger class wins, so a business never looks smaller than either criterion shows.
  if (byCapital && bySales) return ORDER.indexOf(byCapital) >= ORDER.indexOf(bySales) ? byCapital : bySales;
  return byCapital ?? bySales;
}
