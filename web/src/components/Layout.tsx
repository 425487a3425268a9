import { Anchor, Box, Container, Group } from '@mantine/core';
import { type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { navItems } from '../features/auth/nav.ts';
import { useCan } from '../features/auth/session.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { ReviewsNavCount } from '../features/reviews/ReviewsNavCount.tsx';
import { useI18n } from '../i18n/index.tsx';
import { AppFooter } from './AppFooter.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { LoadingState } from './States.tsx';

/** The brand and language toggle on every page; signed in, also the account menu and the main menu. */
export function AppHeader({ actions, children }: { actions?: ReactNode; children?: ReactNode }) {
  return (
    <Box component="header" bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="lg" py={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never">
            Pilar
          </Anchor>
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
  const { t } = useI18n();
  const can = useCan();
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
      <AppHeader actions={<UserMenu />}>
        <Box component="nav" aria-label={t('nav.label')} mt={4}>
          <Group gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {navItems(can).map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.end} className="nav-link">
                  {t(n.label)}
                  {n.count === 'reviews' && <ReviewsNavCount />}
                </NavLink>
              </li>
            ))}
          </Group>
        </Box>
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
