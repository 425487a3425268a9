import type { Permission } from '../../../../shared/contracts/auth.ts';
import type { MessageKey } from '../../i18n/index.tsx';

/**
 * `count`: a live number beside the label (the open review pairs). `manage`: office work that is not daily
 * field work (imports, exports, accounts, audit…): on a wide screen under "Kelola", on a phone in its own list.
 */
export type NavItem = { to: string; label: MessageKey; end?: boolean; count?: 'reviews'; manage?: true };

const ITEMS: (NavItem & { permission: Permission })[] = [
  { to: '/pekerjaan', label: 'nav.myWork', permission: 'roadmap.write' },
  { to: '/usaha', label: 'nav.businesses', permission: 'registry.read' },
  { to: '/rujukan', label: 'nav.referrals', permission: 'referrals.update' },
  { to: '/templat', label: 'nav.templates', permission: 'roadmap.templates', manage: true },
  { to: '/pelaku', label: 'nav.people', permission: 'registry.read' },
  { to: '/program', label: 'nav.programmes', permission: 'registry.read' },
  { to: '/laporan-program', label: 'nav.programmeReports', permission: 'dashboard.read' },
  { to: '/pameran', label: 'nav.exhibitions', permission: 'exhibitions.read', manage: true },
  { to: '/impor', label: 'nav.imports', permission: 'imports.manage', manage: true },
  { to: '/ekspor', label: 'nav.exports', permission: 'registry.export', manage: true },
  { to: '/tinjauan', label: 'nav.reviews', permission: 'linkage.review', count: 'reviews', manage: true },
  { to: '/wilayah', label: 'nav.areas', permission: 'areas.read' },
  { to: '/permintaan-data', label: 'nav.subjectRequests', permission: 'privacy.manage', manage: true },
  { to: '/pelanggaran', label: 'nav.breaches', permission: 'breaches.manage', manage: true },
  { to: '/rubrik', label: 'nav.rubric', permission: 'rubric.manage', manage: true },
  { to: '/pengguna', label: 'nav.users', permission: 'users.manage', manage: true },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read', manage: true },
];

/** The home page is the dashboard, or the referrals page for roles that may not read the dashboard. */
export function homeLabel(can: (p: Permission) => boolean): MessageKey {
  return can('dashboard.read') ? 'nav.dashboard' : 'nav.referrals';
}

/**
 * The menu shows only what the role may open. A pendamping (writes roadmaps, does not manage templates)
 * starts from her work; partner offices already have their referrals as the home page.
 */
export function navItems(can: (p: Permission) => boolean): NavItem[] {
  const home: NavItem = { to: '/', label: homeLabel(can), end: true };
  const items = ITEMS.filter((i) => can(i.permission) && !(i.to === '/rujukan' && !can('dashboard.read')));
  const [first, ...rest] = items;
  const pendamping = can('roadmap.write') && !can('roadmap.templates');
  if (pendamping && first?.to === '/pekerjaan') return [first, home, ...rest];
  return [home, ...items];
}
