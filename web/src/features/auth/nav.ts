import type { Permission } from '../../../../shared/contracts/auth.ts';
import type { MessageKey } from '../../i18n/index.tsx';

/** `count`: a live number beside the label (the open review pairs). */
type NavItem = { to: string; label: MessageKey; end?: boolean; count?: 'reviews' };

const ITEMS: (NavItem & { permission: Permission })[] = [
  { to: '/usaha', label: 'nav.businesses', permission: 'registry.read' },
  { to: '/pelaku', label: 'nav.people', permission: 'registry.read' },
  { to: '/program', label: 'nav.programmes', permission: 'registry.read' },
  { to: '/laporan-program', label: 'nav.programmeReports', permission: 'dashboard.read' },
  { to: '/impor', label: 'nav.imports', permission: 'imports.manage' },
  { to: '/tinjauan', label: 'nav.reviews', permission: 'linkage.review', count: 'reviews' },
  { to: '/wilayah', label: 'nav.areas', permission: 'areas.read' },
  { to: '/permintaan-data', label: 'nav.subjectRequests', permission: 'privacy.manage' },
  { to: '/pelanggaran', label: 'nav.breaches', permission: 'breaches.manage' },
  { to: '/pengguna', label: 'nav.users', permission: 'users.manage' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
];

/** The home page is the dashboard, or the referrals page for roles that may not read the dashboard. */
export function homeLabel(can: (p: Permission) => boolean): MessageKey {
  return can('dashboard.read') ? 'nav.dashboard' : 'nav.referrals';
}

/** The menu shows only what the role may open. */
export function navItems(can: (p: Permission) => boolean): NavItem[] {
  return [{ to: '/', label: homeLabel(can), end: true }, ...ITEMS.filter((i) => can(i.permission))];
}
