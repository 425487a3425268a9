import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useNewLeads } from '../../api/catalogue.ts';
import { useMyWork } from '../../api/roadmaps.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { LeadItem } from '../catalogue/LeadsSection.tsx';
import { WorkList } from './WorkList.tsx';

const PAGE = 20;

/** The first 20 of a long list, and a button for 20 more: a pendamping may have hundreds overdue. */
function Paged<T>({ items, children }: { items: T[]; children: (shown: T[]) => ReactNode }) {
  const { t } = useI18n();
  const [n, setN] = useState(PAGE);
  return (
    <>
      {children(items.slice(0, n))}
      {n < items.length && (
        <Button variant="default" onClick={() => setN(n + PAGE)}>
          {t('mywork.showMore')}
        </Button>
      )}
    </>
  );
}

/**
 * The pendamping's day: what is overdue, what falls due in two weeks, the businesses due a visit and the
 * businesses she mentors.
 */
export default function MyWorkPage() {
  const { t, locale } = useI18n();
  const names = useLabels();
  usePageTitle(t('mywork.title'));
  const q = useMyWork();
  const leads = useNewLeads();
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const w = q.data;
  const href = (i: { businessId: number }) => `/usaha/${i.businessId}#roadmap-title`;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('mywork.title')}</Title>
      <Stack gap="xs" component="section" aria-labelledby="overdue-title">
        <Title order={2} id="overdue-title">
          {t('mywork.overdue', { n: w.overdue.length })}
        </Title>
        {w.overdue.length ? (
          <Paged items={w.overdue}>{(items) => <WorkList items={items} hrefOf={href} />}</Paged>
        ) : (
          <Text>{t('mywork.noneOverdue')}</Text>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="upcoming-title">
        <Title order={2} id="upcoming-title">
          {t('mywork.upcoming', { n: w.upcoming.length })}
        </Title>
        {w.upcoming.length ? (
          <Paged items={w.upcoming}>{(items) => <WorkList items={items} hrefOf={href} />}</Paged>
        ) : (
          <Text>{t('mywork.noneUpcoming')}</Text>
        )}
      </Stack>
      {leads.isSuccess && leads.data.items.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="leads-title">
          <Title order={2} id="leads-title">
            {t('mywork.newLeads', { n: leads.data.items.length })}
          </Title>
          <Paged items={leads.data.items}>
            {(shown) => (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {shown.map((l) => (
                  <LeadItem key={l.id} lead={l} withBusiness />
                ))}
              </Stack>
            )}
          </Paged>
        </Stack>
      )}
      <Stack gap="xs" component="section" aria-labelledby="visits-due-title">
        <Title order={2} id="visits-due-title">
          {t('mywork.visitsDue', { n: w.visitsDue.length })}
        </Title>
        {!w.visitsDue.length && <Text>{t('mywork.noneVisitsDue')}</Text>}
        <Paged items={w.visitsDue}>
          {(shown) => (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {shown.map((b) => (
                <Card key={b.businessId} withBorder padding="sm" component="li">
                  <Anchor
                    component={Link}
                    to={`/usaha/${b.businessId}/kunjungan/baru`}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {b.businessName}
                  </Anchor>
                  <Text fz="sm">
                    {b.kelurahanName} ·{' '}
                    {b.lastVisit
                      ? t('mywork.lastVisit', { date: formatDate(locale, b.lastVisit) })
                      : t('mywork.neverVisited')}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
        </Paged>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="mine-title">
        <Title order={2} id="mine-title">
          {t('mywork.businesses', { n: w.businesses.length })}
        </Title>
        {!w.businesses.length && <Text>{t('mywork.noneBusinesses')}</Text>}
        <Paged items={w.businesses}>
          {(shown) => (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {shown.map((b) => (
                <Card key={b.businessId} withBorder padding="sm" component="li">
                  <Anchor
                    component={Link}
                    to={`/usaha/${b.businessId}`}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {b.businessName}
                  </Anchor>
                  <Text fz="sm">
                    {b.kelurahanName} · {names.irLevel[b.targetLevel]}
                    {b.targetDate ? ` · ${formatDate(locale, b.targetDate)}` : ''}
                  </Text>
                  <Text fz="sm">{t('mywork.counts', { open: b.open, overdue: b.overdue })}</Text>
                </Card>
              ))}
            </Stack>
          )}
        </Paged>
      </Stack>
    </Stack>
  );
}
