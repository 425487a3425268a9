import { Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { usePeopleList } from '../../api/people.ts';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PeopleResults } from './PeopleResults.tsx';

const KEYS = ['q', 'kecamatan', 'kelurahan', 'krtp'] as const;

export default function PeopleListPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.people'));
  const { values, update, reset } = useUrlState(KEYS);
  const q = usePeopleList({ ...values });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = values.kecamatan || values.kelurahan || values.krtp;

  return (
    <Stack gap="md">
      <Title order={1}>{t('nav.people')}</Title>
      <Stack gap="sm" component="section" aria-label={t('filter.label')}>
        <SearchBox
          label={t('person.search')}
          placeholder={t('person.searchPlaceholder')}
          value={values.q}
          onSearch={(v) => update({ q: v })}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <div style={{ gridColumn: 'span 2' }}>
            <AreaPicker
              mode="filter"
              kecamatan={values.kecamatan || null}
              kelurahan={values.kelurahan || null}
              onChange={(kec, kel) => update({ kecamatan: kec ?? '', kelurahan: kel ?? '' })}
            />
          </div>
          <Select
            label={t('field.krtp')}
            placeholder={t('filter.all')}
            data={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
            value={values.krtp || null}
            onChange={(v) => update({ krtp: v ?? '' })}
            clearable
          />
        </SimpleGrid>
        {filtered && (
          <Group>
            <Button variant="subtle" onClick={reset}>
              {t('filter.reset')}
            </Button>
          </Group>
        )}
      </Stack>
      <PagedResults q={q} count={items.length} empty={<Text fz="sm">{t('person.emptyHelp')}</Text>}>
        <PeopleResults items={items} />
      </PagedResults>
    </Stack>
  );
}
