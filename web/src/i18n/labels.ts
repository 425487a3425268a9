import { MARKET_CHANNEL_LABELS } from '../../../shared/contracts/outcomes.ts';
import {
  INTERVENTION_STATUS_LABELS,
  INTERVENTION_TYPE_KEYS,
  INTERVENTION_TYPES,
  type InterventionType,
  IR_LEVEL_LABELS,
  PILLAR_LABELS,
  PRIORITY_LABELS,
} from '../../../shared/rules/mentoring.ts';
import { NEED_STATUS_LABELS } from '../../../shared/rules/needs.ts';
import { PERMIT_LABELS } from '../../../shared/rules/permits.ts';
import { SIZE_CLASS_LABELS } from '../../../shared/rules/size-class.ts';
import { useI18n } from './index.tsx';

/**
 * The names of the shared vocabularies (pillars, IR levels, statuses…) in the language of the interface.
 * Bahasa Indonesia comes from shared/rules, the one source the server's PDFs and exports use too; English
 * is written here, checked by the compiler to cover every code.
 */
const ID = {
  pillar: PILLAR_LABELS,
  irLevel: IR_LEVEL_LABELS,
  priority: PRIORITY_LABELS,
  status: INTERVENTION_STATUS_LABELS,
  interventionType: Object.fromEntries(
    INTERVENTION_TYPE_KEYS.map((k) => [k, INTERVENTION_TYPES[k].label]),
  ) as Record<InterventionType, string>,
  needStatus: NEED_STATUS_LABELS,
  sizeClass: SIZE_CLASS_LABELS,
  permit: PERMIT_LABELS,
  marketChannel: MARKET_CHANNEL_LABELS,
};

export type Labels = typeof ID;

const EN: Labels = {
  pillar: {
    sdm: 'Owner skills (SDM)',
    produksi: 'Production quality',
    pembiayaan: 'Financing & capital',
    pasar: 'Market access',
    legalitas: 'Legality',
    teknologi: 'Technology',
  },
  irLevel: { 1: 'IR 1 Beginner', 2: 'IR 2 Developing', 3: 'IR 3 Advanced' },
  priority: { tinggi: 'High', sedang: 'Medium', rendah: 'Low' },
  status: {
    planned: 'Planned',
    in_progress: 'In progress',
    done: 'Done, successful',
    done_no_result: 'Done, no result',
    unreachable: 'Could not be reached',
    declined: 'Declined by the owner',
  },
  interventionType: {
    pelatihan: 'Training',
    kunjungan: 'Mentoring visit',
    bantuan_alat: 'Equipment aid',
    fasilitasi_pirt: 'P-IRT facilitation',
    fasilitasi_nib: 'NIB facilitation',
    fasilitasi_halal: 'Halal facilitation (self-declare)',
    rujukan_kur: 'KUR referral',
    rujukan_mekaar: 'PNM Mekaar referral',
    rujukan_koperasi: 'Cooperative referral',
    pameran: 'Exhibition / Gelar Produk',
    marketplace: 'Marketplace mentoring',
    katalog: 'Product catalogue',
    lainnya: 'Other',
  },
  needStatus: { open: 'Open', met: 'Met', dropped: 'Dropped' },
  sizeClass: {
    mikro: 'Micro enterprise',
    kecil: 'Small enterprise',
    menengah: 'Medium enterprise',
    besar: 'Large enterprise',
  },
  permit: { ...PERMIT_LABELS, HALAL: 'Halal certificate', MEREK: 'Trademark' },
  marketChannel: {
    langsung: 'Direct sales at home',
    titip_toko: 'Consignment in shops',
    pasar: 'Traditional market',
    pameran: 'Exhibition / Gelar Produk',
    whatsapp: 'WhatsApp',
    media_sosial: 'Social media',
    marketplace: 'Marketplace',
    ritel_modern: 'Modern retail',
    ekspor: 'Export',
  },
};

export const labelsFor = (locale: 'id' | 'en'): Labels => (locale === 'en' ? EN : ID);

/** The vocabularies' names in the current language: `useLabels().pillar[p]`. */
export function useLabels(): Labels {
  return labelsFor(useI18n().locale);
}
