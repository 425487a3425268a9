import { Anchor, Box, Container, Group } from '@mantine/core';
import { type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAreaTree } from '../api/areas.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { useI18n } from '../i18n/index.tsx';
import { AppFooter } from './AppFooter.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { MainNav } from './MainNav.tsx';
import { LoadingState } from './States.tsx';

/** The brand and language toggle on every page; signed in, also the account menu and the main menu. */
export function AppHeader({
  start,
  actions,
  children,
}: {
  start?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Box component="header" bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="lg" py={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={4} wrap="nowrap">
            {start}
            <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never">
              Pilar
            </Anchor>
          </Group>
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {actions}
            <LanguageToggle />
          </Group>
        </Group>
        {children}
      </Container>
    </Box>
  );
}

export function Layout() {
  const { t, setVillages } = useI18n();
  const regionName = useAreaTree().data?.region.name;
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLDivElement>(null);
  const shownPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page as a full page load would.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  // A regency (kabupaten) is served: its villages are named desa/kelurahan on every page.
  useEffect(() => {
    if (regionName) setVillages(/^kab/i.test(regionName) ? 'desa' : 'kelurahan');
  }, [regionName, setVillages]);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('a11y.skip')}
      </a>
      <AppHeader start={<MainNav place="header" />} actions={<UserMenu />}>
        <MainNav place="row" />
      </AppHeader>
      <Container component="main" id="main-content" ref={mainRef} tabIndex={-1} size="lg" py="md" px="sm">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Container>
      <AppFooter />
    </>
  );
}
