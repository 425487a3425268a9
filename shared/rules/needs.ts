// Needs a low answer suggests, per dimension key of the rubric: the pendamping accepts, edits or drops them.
import type { Pillar, Priority } from './mentoring.ts';
import type { Answers, RubricContent } from './rubric.ts';

export const NEED_STATUSES = ['open', 'met', 'dropped'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  open: 'Terbuka',
  met: 'Terpenuhi',
  dropped: 'Dibatalkan',
};

export type NeedSuggestion = { pillar: Pillar; title: string; priority: Priority; dimension: string };
type Rule = { pillar: Pillar; title: string; priority: Priority };

/** [answer with the lowest score, answer in between]; the best answer suggests nothing. */
const RULES: Record<string, [Rule, Rule | null]> = {
  legalitas: [
    { pillar: 'legalitas', title: 'Urus NIB / P-IRT', priority: 'tinggi' },
    { pillar: 'legalitas', title: 'Lengkapi izin: NIB, P-IRT dan halal (self-declare)', priority: 'sedang' },
  ],
  pembukuan: [
    { pillar: 'sdm', title: 'Pembukuan sederhana', priority: 'tinggi' },
    { pillar: 'sdm', title: 'Pisahkan keuangan usaha dan rumah tangga', priority: 'sedang' },
  ],
  kualitas_produksi: [
    { pillar: 'produksi', title: 'Higiene produksi dan kemasan berlabel', priority: 'tinggi' },
    { pillar: 'produksi', title: 'Perbaikan kemasan dan label', priority: 'sedang' },
  ],
  pembiayaan: [
    { pillar: 'pembiayaan', title: 'Akses modal: PNM Mekaar atau koperasi', priority: 'sedang' },
    { pillar: 'pembiayaan', title: 'Rujukan KUR', priority: 'rendah' },
  ],
  jangkauan_pasar: [
    { pillar: 'pasar', title: 'Pemasaran lewat media sosial', priority: 'tinggi' },
    { pillar: 'pasar', title: 'Masuk marketplace atau ikut pameran', priority: 'sedang' },
  ],
  teknologi: [
    { pillar: 'teknologi', title: 'Literasi digital dan pembayaran QRIS', priority: 'sedang' },
    { pillar: 'teknologi', title: 'Alat produksi tepat guna', priority: 'rendah' },
  ],
  omzet: [{ pillar: 'sdm', title: 'Kewirausahaan: harga pokok dan strategi jual', priority: 'sedang' }, null],
  tenaga_kerja: [{ pillar: 'sdm', title: 'Pelatihan keterampilan produksi', priority: 'rendah' }, null],
};

/** Suggested needs from the answers; titles already open for the business are left out. */
export function suggestNeeds(r: RubricContent, answers: Answers, openTitles: readonly string[] = []) {
  const out: NeedSuggestion[] = [];
  for (const d of r.dimensions) {
    const rules = RULES[d.key];
    const option = d.options[answers[d.key] ?? -1];
    if (!rules || !option) continue;
    const scores = d.options.map((o) => o.score);
    const [low, high] = [Math.min(...scores), Math.max(...scores)];
    const rule = option.score === low ? rules[0] : option.score < high ? rules[1] : null;
    if (rule && !openTitles.includes(rule.title)) out.push({ ...rule, dimension: d.key });
  }
  return out;
}
