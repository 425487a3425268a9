import { addDays, PILLARS, type Pillar } from '../../../shared/rules/mentoring.ts';
import { createRandom } from './random.ts';

export type DemoVisitRoadmap = { businessId: number; officerId: number | null; officerName: string };

export type DemoVisit = {
  business_id: number;
  visit_date: string;
  officer_user_id: number | null;
  officer_name: string;
  topics: Pillar[];
  topics_note: string | null;
  findings: string;
  created_by: string;
};

const FINDINGS: Record<Pillar, string[]> = {
  sdm: [
    'Pemilik mulai mencatat pemasukan harian di buku kas; pengeluaran belum dipisah dari uang rumah tangga.',
    'Pemilik ingin ikut pelatihan pembukuan sederhana bersama kelompok.',
  ],
  produksi: [
    'Dapur produksi bersih; bahan baku disimpan terbuka, disarankan wadah tertutup.',
    'Kemasan masih plastik polos tanpa label; contoh label sudah dibahas.',
  ],
  pembiayaan: [
    'Butuh modal untuk alat pengemas; dijelaskan syarat KUR dan PNM Mekaar.',
    'Pemilik belum punya rekening usaha terpisah.',
  ],
  pasar: [
    'Penjualan masih lewat tetangga dan warung; tertarik berjualan di marketplace.',
    'Siap ikut Gelar Produk bila ada stan bersama.',
  ],
  legalitas: [
    'NIB sudah terbit; P-IRT masih menunggu penyuluhan keamanan pangan.',
    'Dokumen untuk halal self-declare belum lengkap.',
  ],
  teknologi: ['Pesanan dicatat lewat WhatsApp; belum memakai aplikasi kasir.'],
};

/**
 * Visits for part of the demo roadmaps (about three in five), one to three each, dated 5 to 120 days
 * before `today`, without photos or follow-ups. The same roadmaps and day give the same visits.
 */
export function planDemoVisits(roadmaps: DemoVisitRoadmap[], today: string): DemoVisit[] {
  const rnd = createRandom(20_260_412);
  const out: DemoVisit[] = [];
  for (const r of roadmaps) {
    if (!rnd.chance(0.6)) continue;
    const count = rnd.int(1, 3);
    const days = new Set<number>();
    while (days.size < count) days.add(rnd.int(5, 120));
    for (const d of [...days].sort((a, b) => b - a)) {
      const first = rnd.pick(PILLARS);
      const topics: Pillar[] = rnd.chance(0.4) ? [first, rnd.pick(PILLARS)] : [first];
      const unique = [...new Set(topics)];
      out.push({
        business_id: r.businessId,
        visit_date: addDays(today, -d),
        officer_user_id: r.officerId,
        officer_name: r.officerName,
        topics: unique,
        topics_note: rnd.chance(0.2) ? 'Kunjungan bersama kader PKK' : null,
        findings: unique.map((p) => rnd.pick(FINDINGS[p])).join(' '),
        created_by: r.officerName,
      });
    }
  }
  return out;
}
