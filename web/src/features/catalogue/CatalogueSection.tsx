import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  CATALOGUE_CONSENT_VERSION,
  CONSENT_CHANNELS,
  type ConsentChannel,
} from '../../../../shared/rules/catalogue.ts';
import { qrUrl, useCatalogue, useRecordConsent, useWithdrawConsent } from '../../api/catalogue.ts';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ProductCard } from './ProductCard.tsx';
import { ProductForm } from './ProductForm.tsx';

/** "Katalog" on a business profile: publication consent, products with photos, public page and QR code. */
export function CatalogueSection({ businessId, canManage }: { businessId: number; canManage: boolean }) {
  const { t } = useI18n();
  const q = useCatalogue(businessId);
  const [adding, setAdding] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="catalogue-title">
      <Title order={2} id="catalogue-title" mb="sm">
        {t('catalogue.title')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <Stack gap="sm">
          <ConsentBlock businessId={businessId} canManage={canManage} />
          <Title order={3} fz="h4">
            {t('catalogue.products')}
          </Title>
          {!q.data.products.length && <Text>{t('catalogue.noProducts')}</Text>}
          {q.data.products.length > 0 && (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {q.data.products.map((p) => (
                <ProductCard key={p.id} product={p} canManage={canManage} />
              ))}
            </Stack>
          )}
          {canManage &&
            (adding ? (
              <ProductForm businessId={businessId} onDone={() => setAdding(false)} />
            ) : (
              <Button variant="light" onClick={() => setAdding(true)} style={{ alignSelf: 'flex-start' }}>
                {t('catalogue.addProduct')}
              </Button>
            ))}
        </Stack>
      )}
    </Card>
  );
}

function ConsentBlock({ businessId, canManage }: { businessId: number; canManage: boolean }) {
  const { t, locale } = useI18n();
  const q = useCatalogue(businessId);
  const record = useRecordConsent(businessId);
  const withdraw = useWithdrawConsent(businessId);
  const [channel, setChannel] = useState<ConsentChannel>('formulir_kertas');
  const [confirming, setConfirming] = useState(false);
  if (!q.data) return null;
  const c = q.data;
  const error = record.error ?? withdraw.error;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge color={c.published ? 'green' : 'gray'} variant="light">
          {c.published ? t('catalogue.published') : t('catalogue.notPublished')}
        </Badge>
      </Group>
      {c.blockedReason && <Text fz="sm">{c.blockedReason}</Text>}
      {c.consent ? (
        <Text fz="sm">
          {t('catalogue.consentBy', {
            version: c.consent.textVersion,
            channel: CONSENT_CHANNELS[c.consent.channel as ConsentChannel] ?? c.consent.channel,
            name: c.consent.recordedBy,
            date: formatDate(locale, c.consent.recordedAt),
          })}
        </Text>
      ) : (
        <Text fz="sm">{t('catalogue.noConsent')}</Text>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(error, t)}
        </Alert>
      )}
      {c.published && (
        <Group gap="sm">
          <Anchor href={c.publicPath} target="_blank" rel="noopener">
            {t('catalogue.openPublic')}
          </Anchor>
          <Anchor href={qrUrl(businessId)} target="_blank" rel="noopener">
            {t('catalogue.printQr')}
          </Anchor>
        </Group>
      )}
      {canManage && !c.consent && (
        <Group align="end" gap="sm">
          <Select
            label={t('catalogue.channel')}
            data={Object.entries(CONSENT_CHANNELS).map(([value, label]) => ({ value, label }))}
            value={channel}
            allowDeselect={false}
            onChange={(v) => v && setChannel(v as ConsentChannel)}
          />
          <Button
            loading={record.isPending}
            onClick={() => record.mutate({ textVersion: CATALOGUE_CONSENT_VERSION, channel })}
          >
            {t('catalogue.record')}
          </Button>
        </Group>
      )}
      {canManage && c.consent && !confirming && (
        <Button
          variant="subtle"
          color="red"
          onClick={() => setConfirming(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('catalogue.withdraw')}
        </Button>
      )}
      {canManage && c.consent && confirming && (
        <Alert color="red" variant="light" title={t('catalogue.withdrawConfirm')}>
          <Group gap="sm">
            <Button
              color="red"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(null, { onSettled: () => setConfirming(false) })}
            >
              {t('catalogue.withdraw')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
