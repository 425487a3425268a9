import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SubjectRequest } from '../../../../shared/contracts/privacy.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

export function RequestStatus({ r }: { r: SubjectRequest }) {
  const { t } = useI18n();
  if (r.overdue) {
    return (
      <Badge color="red" variant="light" tt="none">
        {t('requests.overdue')}
      </Badge>
    );
  }
  const color = r.status === 'open' ? 'blue' : r.status === 'done' ? 'teal' : 'gray';
  return (
    <Badge color={color} variant="light" tt="none">
      {t(`requests.status.${r.status}`)}
    </Badge>
  );
}

type Props = { items: SubjectRequest[]; onClose: (r: SubjectRequest) => void };

/** Requests with their legal deadline; an open one past it carries a red "Lewat batas waktu". */
export function RequestResults({ items, onClose }: Props) {
  const { t, locale } = useI18n();
  const isPhone = useIsPhone();
  const person = (r: SubjectRequest) => (
    <Anchor component={Link} to={`/pelaku/${r.personId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
      {r.personName}
    </Anchor>
  );
  const kind = (r: SubjectRequest) => t(`requests.kind.${r.kind}`);
  const action = (r: SubjectRequest) =>
    r.status === 'open' ? (
      <Button
        size="xs"
        variant="default"
        onClick={() => onClose(r)}
        aria-label={t('requests.closeNamed', { kind: kind(r), name: r.personName })}
        style={{ flexShrink: 0 }}
      >
        {t('requests.close')}
      </Button>
    ) : null;

  if (isPhone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((r) => (
          <Card key={r.id} withBorder padding="sm" component="li" data-testid="request-item">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                {person(r)}
                <Text fz="sm">{kind(r)}</Text>
              </div>
              {action(r)}
            </Group>
            <Text fz="sm">
              {t('requests.dueAt')}: {formatDateTime(locale, r.dueAt)}
            </Text>
            <Group gap="xs" mt={4}>
              <RequestStatus r={r} />
              {r.outcome && <Text fz="sm">{r.outcome}</Text>}
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped highlightOnHover fz="sm">
        <Table.Caption>{t('requests.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('requests.person')}</Table.Th>
            <Table.Th scope="col">{t('requests.kind')}</Table.Th>
            <Table.Th scope="col">{t('requests.receivedAt')}</Table.Th>
            <Table.Th scope="col">{t('requests.dueAt')}</Table.Th>
            <Table.Th scope="col">{t('field.status')}</Table.Th>
            <Table.Th scope="col">{t('requests.outcome')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('requests.close')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} data-testid="request-item">
              <Table.Td>{person(r)}</Table.Td>
              <Table.Td>{kind(r)}</Table.Td>
              <Table.Td>{formatDateTime(locale, r.receivedAt)}</Table.Td>
              <Table.Td>{formatDateTime(locale, r.dueAt)}</Table.Td>
              <Table.Td>
                <RequestStatus r={r} />
              </Table.Td>
              <Table.Td>{r.outcome ?? '–'}</Table.Td>
              <Table.Td ta="right">{action(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
