import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { homeLabel } from '../features/auth/nav.ts';
import { useCan } from '../features/auth/session.ts';
import { useI18n } from '../i18n/index.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  const can = useCan();
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t(homeLabel(can))}
      </Anchor>
    </Stack>
  );
}
