import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { User } from '../../../../shared/contracts/users.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

function Status({ u }: { u: User }) {
  const { t, locale } = useI18n();
  if (!u.active)
    return (
      <Badge color="gray" variant="light">
        {t('users.inactive')}
      </Badge>
    );
  if (u.lockedUntil && new Date(u.lockedUntil) > new Date()) {
    return (
      <Badge color="red" variant="light" tt="none">
        {t('users.lockedUntil', { time: formatDateTime(locale, u.lockedUntil) })}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light">
      {t('users.active')}
    </Badge>
  );
}

type Props = { items: User[]; onEdit: (u: User) => void };

/** Users as a table on wide screens, as cards on phones; "Ubah" opens the edit dialog. */
export function UserResults({ items, onEdit }: Props) {
  const { t, locale } = useI18n();
  const isPhone = useIsPhone();
  const lastLogin = (u: User) => (u.lastLoginAt ? formatDateTime(locale, u.lastLoginAt) : t('users.never'));
  const edit = (u: User) => (
    <Button
      size="xs"
      variant="default"
      onClick={() => onEdit(u)}
      aria-label={t('users.editNamed', { name: u.name })}
      style={{ flexShrink: 0 }}
    >
      {t('action.edit')}
    </Button>
  );

  if (isPhone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((u) => (
          <Card key={u.id} withBorder padding="sm" component="li">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                  {u.name}
                </Text>
                <Text fz="sm">
                  {u.username} · {t(`role.${u.role}`)}
                </Text>
              </div>
              {edit(u)}
            </Group>
            <Text fz="sm">{u.scopeName}</Text>
            <Group gap="xs" mt={4}>
              <Status u={u} />
              <Text fz="sm">
                {t('users.lastLogin')}: {lastLogin(u)}
              </Text>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped highlightOnHover fz="sm">
        <Table.Caption>{t('users.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.username')}</Table.Th>
            <Table.Th scope="col">{t('account.role')}</Table.Th>
            <Table.Th scope="col">{t('users.scope')}</Table.Th>
            <Table.Th scope="col">{t('field.status')}</Table.Th>
            <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('action.edit')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td fw={600}>{u.name}</Table.Td>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>{t(`role.${u.role}`)}</Table.Td>
              <Table.Td>{u.scopeName}</Table.Td>
              <Table.Td>
                <Status u={u} />
              </Table.Td>
              <Table.Td>{lastLogin(u)}</Table.Td>
              <Table.Td ta="right">{edit(u)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
