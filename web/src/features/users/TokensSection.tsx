import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { TOKEN_ROLES, type Token, TokenInput } from '../../../../shared/contracts/tokens.ts';
import { useCreateToken, useRevokeToken, useTokens } from '../../api/tokens.ts';
import { errorMessage } from '../../components/States.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ScopePicker } from './ScopePicker.tsx';

function TokenRow({ token }: { token: Token }) {
  const { t, locale } = useI18n();
  const revoke = useRevokeToken();
  const live = !token.revokedAt && !(token.expiresAt && token.expiresAt < new Date().toISOString());
  return (
    <Paper withBorder p="sm" data-testid="token-row">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text fw={700}>{token.name}</Text>
          <Text fz="sm">
            {t(`role.${token.role}`)} · {token.scopeName}
          </Text>
          <Text fz="sm">
            {t('tokens.lastUsed')}:{' '}
            {token.lastUsedAt ? formatDateTime(locale, token.lastUsedAt) : t('users.never')}
          </Text>
        </Stack>
        {live ? (
          <Button
            size="xs"
            variant="outline"
            color="red"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(token.id)}
          >
            {t('tokens.revoke')}
          </Button>
        ) : (
          <Badge color="gray" variant="light">
            {token.revokedAt ? t('tokens.revoked') : t('tokens.expired')}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

/** API tokens for partner systems: made with a role and an area, the secret shown once, revocable. */
export function TokensSection() {
  const { t } = useI18n();
  const tokens = useTokens();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | null>('mitra');
  const [scope, setScope] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const input = TokenInput.safeParse({ name, role, scopeCode: scope });
    if (!input.success) return setError(input.error.issues[0]?.message ?? null);
    setError(null);
    try {
      setSecret((await create.mutateAsync(input.data)).secret);
      setName('');
    } catch (err) {
      setError(errorMessage(err, t));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="tokens-title">
      <Title order={2} id="tokens-title">
        {t('tokens.title')}
      </Title>
      <Text fz="sm">{t('tokens.intro')}</Text>
      <div role="status">
        {secret && (
          <Alert color="green" variant="light" title={t('tokens.secretTitle')}>
            <Text fz="sm">{t('tokens.secretHelp')}</Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {secret}
            </Code>
          </Alert>
        )}
      </div>
      <Paper withBorder p="sm" data-testid="token-row">
        <Stack gap="sm">
          <TextInput
            label={t('tokens.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
          />
          <Select
            label={t('account.role')}
            data={TOKEN_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={role}
            onChange={setRole}
            allowDeselect={false}
          />
          <ScopePicker value={scope} onChange={setScope} />
          <Group>
            <Button onClick={submit} loading={create.isPending}>
              {t('tokens.create')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {(tokens.data?.items ?? []).map((token) => (
        <TokenRow key={token.id} token={token} />
      ))}
    </Stack>
  );
}
