import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BusinessListItem } from '../../../../shared/contracts/businesses.ts';
import { maskNik } from '../../../../shared/rules/nik.ts';
import { orDash, permitLabel, sectorLabel, sizeLabel } from '../../components/labels.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';

function Permits({ permits }: { permits: string[] }) {
  const { t } = useI18n();
  if (permits.length === 0) return <Text fz="sm">{t('permit.none')}</Text>;
  return (
    <Group gap={4}>
      {permits.map((p) => (
        <Badge key={p} variant="light" color="teal" size="sm">
          {permitLabel(p)}
        </Badge>
      ))}
    </Group>
  );
}

function Flags({ b }: { b: BusinessListItem }) {
  const { t } = useI18n();
  return (
    <>
      {b.krtp && (
        <Badge variant="light" color="grape" size="sm" title={t('field.krtpLong')}>
          KRTP
        </Badge>
      )}
      {b.status === 'closed' && (
        <Badge variant="light" color="gray" size="sm">
          {t('status.closed')}
        </Badge>
      )}
    </>
  );
}

function BusinessCard({ b }: { b: BusinessListItem }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Link to={`/usaha/${b.id}`} className="row-link">
            {b.name}
          </Link>
          <Group gap={4} wrap="nowrap">
            <Flags b={b} />
          </Group>
        </Group>
        <Text fz="sm">
          {b.ownerName} · {orDash(maskNik(b.ownerNik))}
        </Text>
        <Text fz="sm">
          {b.kelurahanName}, {b.kecamatanName}
        </Text>
        <Text fz="sm">
          {sectorLabel(b.sector)}
          {b.kbliCode ? ` · KBLI ${b.kbliCode}` : ''} · {sizeLabel(b.sizeClass)}
        </Text>
        <Group gap={4}>
          <Text fz="sm" span>
            {t('field.permit')}:
          </Text>
          <Permits permits={b.permits} />
        </Group>
      </Stack>
    </Card>
  );
}

function BusinessTable({ items }: { items: BusinessListItem[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table striped highlightOnHover fz="sm">
        <Table.Caption>{t('business.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('field.businessName')}</Table.Th>
            <Table.Th scope="col">{t('field.owner')}</Table.Th>
            <Table.Th scope="col">{t('field.area')}</Table.Th>
            <Table.Th scope="col">{t('field.sector')}</Table.Th>
            <Table.Th scope="col">KBLI</Table.Th>
            <Table.Th scope="col">{t('field.permit')}</Table.Th>
            <Table.Th scope="col">{t('field.sizeClass')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>
                <Group gap={6}>
                  <Link to={`/usaha/${b.id}`} className="row-link">
                    {b.name}
                  </Link>
                  <Flags b={b} />
                </Group>
              </Table.Td>
              <Table.Td>
                {b.ownerName}
                <Text fz="xs" c="dimmed">
                  {orDash(maskNik(b.ownerNik))}
                </Text>
              </Table.Td>
              <Table.Td>
                {b.kelurahanName}
                <Text fz="xs" c="dimmed">
                  {b.kecamatanName}
                </Text>
              </Table.Td>
              <Table.Td>{sectorLabel(b.sector)}</Table.Td>
              <Table.Td>{orDash(b.kbliCode)}</Table.Td>
              <Table.Td>
                <Permits permits={b.permits} />
              </Table.Td>
              <Table.Td>{sizeLabel(b.sizeClass)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A table on wide screens, a list of cards on phones. */
export function BusinessResults({ items }: { items: BusinessListItem[] }) {
  const isPhone = useIsPhone();
  if (!isPhone) return <BusinessTable items={items} />;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((b) => (
        <BusinessCard key={b.id} b={b} />
      ))}
    </Stack>
  );
}
