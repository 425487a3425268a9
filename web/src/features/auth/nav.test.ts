import { describe, expect, it } from 'vitest';
import { can, type Role } from '../../../../shared/contracts/auth.ts';
import { navItems } from './nav.ts';

const menuOf = (role: Role) => navItems((p) => can(role, p)).map((i) => i.to);

describe('navigation per role', () => {
  it('starts the pendamping at her work, before the dashboard', () => {
    expect(menuOf('pendamping').slice(0, 3)).toEqual(['/pekerjaan', '/', '/usaha']);
  });
  it('gives partner offices their referrals as home and nothing of the registry', () => {
    expect(menuOf('mitra')).toEqual(['/', '/wilayah']);
  });
  it('gives the operator referrals and the templates library after the dashboard', () => {
    const menu = menuOf('operator');
    expect(menu[0]).toBe('/');
    expect(menu).toEqual(expect.arrayContaining(['/pekerjaan', '/rujukan', '/templat']));
    expect(menuOf('enumerator')).not.toContain('/pekerjaan');
  });
});
