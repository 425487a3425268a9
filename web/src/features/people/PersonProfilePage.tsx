import { Anchor, Badge, Button, Card, Group, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatAddress } from '../../../../shared/rules/format.ts';
import { usePerson, usePersonHistory } from '../../api/people.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { HistoryList } from '../../components/HistoryList.tsx';
import { SavedNotice } from '../../components/SavedNotice.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { BusinessResults } from '../businesses/BusinessResults.tsx';
import { LegalBasisSection, ProcessingState } from '../privacy/LegalBasisSection.tsx';
import { SubjectRightsSection } from '../privacy/SubjectRightsSection.tsx';
import { MergesSection } from '../reviews/MergesSection.tsx';
import { RecordSourcesSection } from '../reviews/RecordSourcesSection.tsx';
import { PiiValue } from './PiiValue.tsx';

export default function PersonProfilePage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const id = Number(useParams().id);
  const q = usePerson(id);
  const history = usePersonHistory(id);
  usePageTitle(q.data?.name ?? t('nav.people'));

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  const address = formatAddress(p, p.kelurahanName, p.kecamatanName);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/pelaku" fz="sm">
        ← {t('person.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {p.name}
          </Title>
          {p.krtp && (
            <Badge variant="light" color="grape" mt={4}>
              {t('field.krtpLong')}
            </Badge>
          )}
        </div>
        {can('registry.write') && (
          <Button component={Link} to={`/pelaku/${p.id}/ubah`}>
            {t('person.edit')}
          </Button>
        )}
      </Group>
      <SavedNotice />
      <ProcessingState person={p} />
      <Card withBorder component="section" aria-labelledby="person-data">
        <Title order={2} id="person-data" mb="sm">
          {t('person.data')}
        </Title>
        <DetailList
          items={[
            {
              label: 'NIK',
              value: p.nik && <PiiValue personId={p.id} field="nik" masked={p.nik} label="NIK" />,
            },
            { label: t('field.gender'), value: p.gender ? t(`gender.${p.gender}`) : null },
            { label: t('field.birthDate'), value: p.birthDate ? formatDate(locale, p.birthDate) : null },
            {
              label: t('field.phone'),
              value: p.phone && (
                <PiiValue personId={p.id} field="phone" masked={p.phone} label={t('field.phone')} />
              ),
            },
            { label: t('field.education'), value: p.education ? t(`edu.${p.education}`) : null },
            { label: t('field.householdSize'), value: p.householdSize },
            { label: t('field.address'), value: address },
          ]}
        />
      </Card>
      <LegalBasisSection person={p} />
      {can('privacy.manage') && <SubjectRightsSection person={p} />}
      <Card withBorder component="section" aria-labelledby="person-biz">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="person-biz">
            {t('person.businessesTitle', { n: p.businesses.length })}
          </Title>
          {can('registry.write') && (
            <Button component={Link} to={`/usaha/baru?pemilik=${p.id}`} variant="default" size="sm">
              {t('person.addBusiness')}
            </Button>
          )}
        </Group>
        {p.businesses.length ? (
          <BusinessResults items={p.businesses} />
        ) : (
          <EmptyState title={t('person.noBusiness')} />
        )}
      </Card>
      <RecordSourcesSection kind="person" id={p.id} version={p.version} />
      <MergesSection kind="person" id={p.id} />
      <Card withBorder component="section" aria-labelledby="person-hist">
        <Title order={2} id="person-hist" mb="sm">
          {t('history.title')}
        </Title>
        {history.isPending && <LoadingState />}
        {history.isError && <ErrorState error={history.error} onRetry={() => history.refetch()} />}
        {history.isSuccess && <HistoryList items={history.data.items} />}
      </Card>
    </Stack>
  );
}
