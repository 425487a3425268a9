import { Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ROLES } from '../../../../shared/contracts/auth.ts';
import type { User } from '../../../../shared/contracts/users.ts';
import { useUserList } from '../../api/users.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TokensSection } from './TokensSection.tsx';
import { CreateUserForm, EditUserForm } from './UserForm.tsx';
import { UserResults } from './UserResults.tsx';

const KEYS = ['q', 'role'] as const;
type Open = { mode: 'create' } | { mode: 'edit'; user: User } | null;

export default function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.users'));
  const isPhone = useIsPhone();
  const { values, update } = useUrlState(KEYS);
  const q = useUserList({ ...values });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const [dialog, setDialog] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog(null);
  const done = (key: 'users.created' | 'users.saved') => (u: User) => {
    setNotice(t(key, { name: u.name }));
    close();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('nav.users')}</Title>
        <Button onClick={() => setDialog({ mode: 'create' })}>{t('users.add')}</Button>
      </Group>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <SimpleGrid component="section" aria-label={t('filter.label')} cols={{ base: 1, sm: 3 }} spacing="sm">
        <div style={{ gridColumn: isPhone ? undefined : 'span 2' }}>
          <SearchBox
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            value={values.q}
            onSearch={(v) => update({ q: v })}
          />
        </div>
        <Select
          label={t('account.role')}
          placeholder={t('users.allRoles')}
          data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          value={values.role || null}
          onChange={(v) => update({ role: v ?? '' })}
          clearable
        />
      </SimpleGrid>
      <PagedResults q={q} count={items.length} empty={<Text fz="sm">{t('users.emptyHelp')}</Text>}>
        <UserResults items={items} onEdit={(user) => setDialog({ mode: 'edit', user })} />
      </PagedResults>
      <Dialog
        opened={dialog !== null}
        onClose={close}
        fullScreen={isPhone}
        size="lg"
        title={dialog?.mode === 'edit' ? t('users.editNamed', { name: dialog.user.name }) : t('users.add')}
      >
        {dialog?.mode === 'create' && <CreateUserForm onDone={done('users.created')} onCancel={close} />}
        {dialog?.mode === 'edit' && (
          <EditUserForm
            key={dialog.user.id}
            user={dialog.user}
            onDone={done('users.saved')}
            onCancel={close}
          />
        )}
      </Dialog>
      <TokensSection />
    </Stack>
  );
}
