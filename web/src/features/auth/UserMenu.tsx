import { Button, Divider, Group, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLogout } from '../../api/auth.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { useSession } from './session.ts';

/** Who is signed in (name, role, area) and the account's actions, in a small panel under the header button. */
export function UserMenu() {
  const { t } = useI18n();
  const me = useSession();
  const logout = useLogout();
  const [menuOpen, menu] = useDisclosure(false);
  const [pwOpen, pw] = useDisclosure(false);
  const [allOpen, all] = useDisclosure(false);

  const signOut = (everywhere: boolean) => logout.mutate(everywhere);
  const pick = (action: () => void) => () => {
    menu.close();
    action();
  };

  return (
    <>
      <Popover
        opened={menuOpen}
        onChange={(open) => (open ? menu.open() : menu.close())}
        position="bottom-end"
        width={290}
        trapFocus
        returnFocus
        shadow="md"
      >
        <Popover.Target>
          <Button
            variant="default"
            size="xs"
            maw={{ base: 118, xs: 170 }}
            onClick={menu.toggle}
            rightSection={<span aria-hidden="true">▾</span>}
          >
            <span className="visually-hidden">{t('account.menu')}: </span>
            <Text span fz="xs" fw={600} truncate="end">
              {me.name}
            </Text>
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-label={t('account.menu')}>
          <Stack gap={2}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {me.name}
            </Text>
            <Text fz="sm">
              {t('account.role')}: {t(`role.${me.role}`)}
            </Text>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('account.area')}: {me.scopeName}
            </Text>
          </Stack>
          <Divider my="xs" />
          <Stack gap={4}>
            <Button variant="subtle" justify="flex-start" onClick={pick(pw.open)}>
              {t('account.changePassword')}
            </Button>
            <Button
              variant="subtle"
              justify="flex-start"
              onClick={pick(() => signOut(false))}
              loading={logout.isPending}
            >
              {t('account.logout')}
            </Button>
            <Button variant="subtle" color="red" justify="flex-start" onClick={pick(all.open)}>
              {t('account.logoutAll')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <ChangePasswordDialog opened={pwOpen} onClose={pw.close} />
      <Dialog opened={allOpen} onClose={all.close} title={t('account.logoutAllTitle')}>
        <Stack>
          <Text>{t('account.logoutAllBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={all.close}>
              {t('action.cancel')}
            </Button>
            <Button color="red" onClick={() => signOut(true)} loading={logout.isPending}>
              {t('account.logoutAll')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
