import { Anchor, Card, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { LEAD_STATUS_LABELS, LEAD_STATUSES, type Lead } from '../../../../shared/contracts/catalogue.ts';
import { useLeads, useSetLeadStatus } from '../../api/catalogue.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

/** "Calon pembeli": buyers' inquiries from the catalogue and exhibitions, with their follow-up status. */
export function LeadsSection({ businessId }: { businessId: number }) {
  const { t } = useI18n();
  const q = useLeads(businessId, true);
  return (
    <Card withBorder component="section" aria-labelledby="leads-title">
      <Title order={2} id="leads-title" mb="sm">
        {t('catalogue.leads')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && !q.data.items.length && <Text>{t('catalogue.noLeads')}</Text>}
      {q.isSuccess && q.data.items.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {q.data.items.map((l) => (
            <LeadItem key={l.id} lead={l} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** One lead with its status; `withBusiness` names and links the business (in lists across businesses). */
export function LeadItem({ lead: l, withBusiness = false }: { lead: Lead; withBusiness?: boolean }) {
  const { t, locale } = useI18n();
  const set = useSetLeadStatus();
  return (
    <Card withBorder padding="sm" component="li">
      {withBusiness && (
        <Anchor component={Link} to={`/usaha/${l.businessId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {l.businessName}
        </Anchor>
      )}
      <Text fw={600}>
        {l.buyerName} · {formatDate(locale, l.createdAt)}
      </Text>
      <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {[l.buyerPhone, l.buyerEmail].filter(Boolean).join(' · ')}
        {l.productName ? ` · ${l.productName}` : ''} · {t('catalogue.leadFrom', { source: l.source })}
      </Text>
      {l.message && (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {l.message}
        </Text>
      )}
      <Select
        mt="xs"
        maw={240}
        label={t('catalogue.leadStatus', { name: l.buyerName })}
        data={LEAD_STATUSES.map((s) => ({ value: s, label: LEAD_STATUS_LABELS[s] }))}
        value={l.status}
        allowDeselect={false}
        disabled={set.isPending}
        onChange={(v) => v && v !== l.status && set.mutate({ id: l.id, status: v as Lead['status'] })}
      />
    </Card>
  );
}
