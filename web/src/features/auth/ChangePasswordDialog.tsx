import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { z } from 'zod';
import { PasswordChange } from '../../../../shared/contracts/users.ts';
import { useChangePassword } from '../../api/auth.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { PasswordField, usePasswordProblem } from '../../components/PasswordField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from './session.ts';

const firstIssue = (schema: z.ZodType, v: unknown) => schema.safeParse(v).error?.issues[0]?.message ?? null;

type Values = { currentPassword: string; newPassword: string; repeat: string };

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const me = useSession();
  const change = useChangePassword();
  const problem = usePasswordProblem();
  const context = [me.username, me.name];
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (v) => firstIssue(PasswordChange.shape.currentPassword, v),
      newPassword: (v) => problem(v, context),
      repeat: (v, all) => (v === all.newPassword ? null : t('pw.mismatch')),
    },
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    change.mutate(
      { currentPassword, newPassword },
      { onError: (err) => form.setErrors(serverFieldErrors(err)) },
    );
  });

  if (change.isSuccess) {
    return (
      <Stack>
        <Alert color="green" variant="light" role="status">
          {t('account.passwordChanged')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('action.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const unplaced = change.isError && Object.keys(serverFieldErrors(change.error)).length === 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {unplaced && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(change.error, t)}
          </Alert>
        )}
        <PasswordField
          label={t('pw.current')}
          autoComplete="current-password"
          required
          data-autofocus
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('pw.new')}
          autoComplete="new-password"
          required
          help={t('pw.help')}
          meter={{ context }}
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('pw.repeat')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeat')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('account.changePassword')}>
      {opened && <ChangePasswordForm onClose={onClose} />}
    </Dialog>
  );
}
