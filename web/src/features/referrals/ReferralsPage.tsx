import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Partner agencies (mitra) see no registry: only the referrals DP3AP2KB sends them, once that exists. */
export default function ReferralsPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.referrals'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('nav.referrals')}</Title>
      <Card withBorder>
        <Stack gap="sm">
          <Text>{t('referrals.body')}</Text>
          <Text fz="sm">
            {t('referrals.areas')}{' '}
            <Anchor component={Link} to="/wilayah">
              {t('nav.areas')}
            </Anchor>
            .
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
