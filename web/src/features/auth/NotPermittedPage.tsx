import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Permission } from '../../../../shared/contracts/auth.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { homeLabel } from './nav.ts';
import { useCan, useSession } from './session.ts';

export function NotPermittedPage() {
  const { t } = useI18n();
  const me = useSession();
  const can = useCan();
  usePageTitle(t('denied.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('denied.title')}</Title>
      <Text>{t('denied.body', { role: t(`role.${me.role}`) })}</Text>
      <Anchor component={Link} to="/">
        {t(homeLabel(can))}
      </Anchor>
    </Stack>
  );
}

/** A page the role may not open shows why, instead of a list of 403 errors. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <NotPermittedPage />;
}
