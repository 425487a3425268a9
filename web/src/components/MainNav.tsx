import { Box, Burger, Button, Drawer, Group, Menu, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink, useLocation } from 'react-router';
import { type NavItem, navItems } from '../features/auth/nav.ts';
import { useCan } from '../features/auth/session.ts';
import { ReviewsNavCount } from '../features/reviews/ReviewsNavCount.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useIsPhone } from './useIsPhone.ts';

function ItemLink({ n, onNavigate }: { n: NavItem; onNavigate?: () => void }) {
  const { t } = useI18n();
  return (
    <NavLink to={n.to} end={n.end} className="nav-link" onClick={onNavigate}>
      {t(n.label)}
      {n.count === 'reviews' && <ReviewsNavCount />}
    </NavLink>
  );
}

const List = ({
  items,
  vertical,
  onNavigate,
}: {
  items: NavItem[];
  vertical?: boolean;
  onNavigate?: () => void;
}) => {
  const Box_ = vertical ? Stack : Group;
  return (
    <Box_ gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((n) => (
        <li key={n.to}>
          <ItemLink n={n} onNavigate={onNavigate} />
        </li>
      ))}
    </Box_>
  );
};

/** Wide screens: daily pages in a row, office work under one "Kelola" menu. */
function WideNav({ main, manage }: { main: NavItem[]; manage: NavItem[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const here = manage.some((n) => pathname === n.to || pathname.startsWith(`${n.to}/`));
  return (
    <Box component="nav" aria-label={t('nav.label')} mt={4}>
      <Group gap={2} wrap="wrap">
        <List items={main} />
        {manage.length > 0 && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                variant={here ? 'light' : 'subtle'}
                color={here ? 'blue' : 'gray'}
                c={here ? 'blue.9' : 'black'}
                fw={here ? 700 : 500}
                px="xs"
                rightSection={<span aria-hidden>▾</span>}
                aria-current={here ? 'page' : undefined}
              >
                {t('nav.manage')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {manage.map((n) => (
                <Menu.Item key={n.to} component={Link} to={n.to}>
                  {t(n.label)}
                  {n.count === 'reviews' && <ReviewsNavCount />}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Box>
  );
}

/** Phones: one button opens every page the role may open; choosing one closes the drawer. */
function PhoneNav({ main, manage }: { main: NavItem[]; manage: NavItem[] }) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <Burger opened={opened} onClick={toggle} size="sm" aria-label={t('nav.open')} aria-expanded={opened} />
      <Drawer
        opened={opened}
        onClose={close}
        title="Pilar"
        size="80%"
        closeButtonProps={{ 'aria-label': t('action.close') }}
      >
        <Box component="nav" aria-label={t('nav.label')}>
          <List items={main} vertical onNavigate={close} />
          {manage.length > 0 && (
            <>
              <Text fw={700} fz="sm" mt="md" mb={4} c="dimmed" component="h2">
                {t('nav.manage')}
              </Text>
              <List items={manage} vertical onNavigate={close} />
            </>
          )}
        </Box>
      </Drawer>
    </>
  );
}

/** The main menu: only what the role may open. */
export function MainNav({ place }: { place: 'header' | 'row' }) {
  const can = useCan();
  const phone = useIsPhone();
  const items = navItems(can);
  const main = items.filter((n) => !n.manage);
  const manage = items.filter((n) => n.manage);
  if (phone) return place === 'header' ? <PhoneNav main={main} manage={manage} /> : null;
  return place === 'row' ? <WideNav main={main} manage={manage} /> : null;
}
