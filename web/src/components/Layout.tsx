import { Anchor, Box, Container, Group } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { ActorSetting } from './ActorSetting.tsx';
import { AppFooter } from './AppFooter.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { LoadingState } from './States.tsx';

const NAV: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: '/', label: 'nav.dashboard', end: true },
  { to: '/usaha', label: 'nav.businesses' },
  { to: '/pelaku', label: 'nav.people' },
  { to: '/wilayah', label: 'nav.areas' },
];

export function Layout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLDivElement>(null);
  const shownPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page as a full page load would.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('a11y.skip')}
      </a>
      <Box component="header" bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" py={6}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never">
              Pilar
            </Anchor>
            <Group gap={6} wrap="nowrap">
              <ActorSetting />
              <LanguageToggle />
            </Group>
          </Group>
          <Box component="nav" aria-label={t('nav.label')} mt={4}>
            <Group gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {NAV.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.end} className="nav-link">
                    {t(n.label)}
                  </NavLink>
                </li>
              ))}
            </Group>
          </Box>
        </Container>
      </Box>
      <Container component="main" id="main-content" ref={mainRef} tabIndex={-1} size="lg" py="md" px="sm">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Container>
      <AppFooter />
    </>
  );
}
