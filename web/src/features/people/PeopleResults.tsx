import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonListItem } from '../../../../shared/contracts/people.ts';
import { maskNik } from '../../../../shared/rules/nik.ts';
import { orDash } from '../../components/labels.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';

function Krtp({ p }: { p: PersonListItem }) {
  const { t } = useI18n();
  return p.krtp ? (
    <Badge variant="light" color="grape" size="sm" title={t('field.krtpLong')}>
      KRTP
    </Badge>
  ) : null;
}

export function PeopleResults({ items }: { items: PersonListItem[] }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const gender = (g: string | null) => (g ? t(`gender.${g as 'L' | 'P'}`) : '–');
  const area = (p: PersonListItem) => [p.kelurahanName, p.kecamatanName].filter(Boolean).join(', ') || '–';

  if (isPhone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((p) => (
          <Card key={p.id} withBorder padding="sm" component="li">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Link to={`/pelaku/${p.id}`} className="row-link">
                {p.name}
              </Link>
              <Krtp p={p} />
            </Group>
            <Text fz="sm">
              {orDash(maskNik(p.nik))} · {gender(p.gender)}
            </Text>
            <Text fz="sm">{area(p)}</Text>
            <Text fz="sm">{t('person.businessCount', { n: p.businessCount })}</Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={700} type="native">
      <Table striped highlightOnHover fz="sm">
        <Table.Caption>{t('person.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('field.name')}</Table.Th>
            <Table.Th scope="col">NIK</Table.Th>
            <Table.Th scope="col">{t('field.gender')}</Table.Th>
            <Table.Th scope="col">{t('field.area')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('person.businesses')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Group gap={6}>
                  <Link to={`/pelaku/${p.id}`} className="row-link">
                    {p.name}
                  </Link>
                  <Krtp p={p} />
                </Group>
              </Table.Td>
              <Table.Td>{orDash(maskNik(p.nik))}</Table.Td>
              <Table.Td>{gender(p.gender)}</Table.Td>
              <Table.Td>{area(p)}</Table.Td>
              <Table.Td ta="right">{p.businessCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
