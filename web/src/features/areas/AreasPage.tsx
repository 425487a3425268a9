import { ActionIcon, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { AreaWithCounts } from '../../../../shared/contracts/areas.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useAreaTree } from '../../api/areas.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

/** A link to the area's businesses for roles that read the registry; plain text for the others. */
function AreaName({ to, name }: { to: string; name: string }) {
  const can = useCan();
  if (!can('registry.read')) return <>{name}</>;
  return (
    <Link to={to} className="row-link">
      {name}
    </Link>
  );
}

function Counts({ a }: { a: AreaWithCounts }) {
  return (
    <>
      {(['microEnterprises', 'homeIndustries', 'homeIndustriesKrtp'] as const).map((k) => (
        <Table.Td key={k} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatNumberId(a[k])}
        </Table.Td>
      ))}
    </>
  );
}

export default function AreasPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.areas'));
  const tree = useAreaTree();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (code: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState page error={tree.error} onRetry={() => tree.refetch()} />;
  const { region, children } = tree.data;

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('nav.areas')}</Title>
        <Text c="dimmed" fz="sm">
          {t('areas.intro', { region: region.name })}
        </Text>
      </div>
      <Table.ScrollContainer minWidth={320} type="native">
        <Table fz="sm" horizontalSpacing={6} verticalSpacing={6} highlightOnHover>
          <Table.Caption>{t('areas.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('areas.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('col.micro')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('col.hi')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('col.krtp')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {children.map((kec) => {
              const expanded = open.has(kec.code);
              return (
                <Fragment key={kec.code}>
                  <Table.Tr bg="gray.0">
                    <Table.Th scope="row">
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          size="md"
                          onClick={() => toggle(kec.code)}
                          aria-expanded={expanded}
                          aria-label={t(expanded ? 'areas.collapse' : 'areas.expand', { name: kec.name })}
                        >
                          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                        </ActionIcon>
                        <AreaName to={`/usaha?kecamatan=${kec.code}`} name={kec.name} />
                      </Group>
                    </Table.Th>
                    <Counts a={kec} />
                  </Table.Tr>
                  {expanded &&
                    kec.children.map((kel) => (
                      <Table.Tr key={kel.code}>
                        <Table.Th scope="row" fw={400} pl={40}>
                          <AreaName
                            to={`/usaha?kecamatan=${kec.code}&kelurahan=${kel.code}`}
                            name={kel.name}
                          />
                        </Table.Th>
                        <Counts a={kel} />
                      </Table.Tr>
                    ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
