import { Alert, Button, Divider, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ROLES, type Role } from '../../../../shared/contracts/auth.ts';
import { type User, UserInput, UserPatch } from '../../../../shared/contracts/users.ts';
import { useCreateUser, useRevokeSessions, useUpdateUser } from '../../api/users.ts';
import { isVersionConflict, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { PasswordField, usePasswordProblem } from '../../components/PasswordField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ScopePicker } from './ScopePicker.tsx';

type Values = {
  username: string;
  name: string;
  role: Role | '';
  scopeCode: string;
  partnerOffice: string;
  password: string;
  active: boolean;
};

function useRoleOptions() {
  const { t } = useI18n();
  return ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
}

function FormMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {isVersionConflict(error) ? t('error.conflict') : errorMessage(error, t)}
    </Alert>
  );
}

/** Name, role, area and partner office: the fields create and edit share. */
type AccountForm = Pick<UseFormReturnType<Values>, 'getInputProps' | 'values' | 'errors' | 'setFieldValue'>;

function AccountFields({ form }: { form: AccountForm }) {
  const { t } = useI18n();
  const roles = useRoleOptions();
  const setScope = useCallback((code: string) => form.setFieldValue('scopeCode', code), [form.setFieldValue]);
  return (
    <>
      <TextInput label={t('users.name')} required maxLength={120} {...form.getInputProps('name')} />
      <Select
        label={t('account.role')}
        data={roles}
        required
        allowDeselect={false}
        placeholder={t('form.choose')}
        {...form.getInputProps('role')}
      />
      {form.values.role === 'mitra' && (
        <TextInput
          label={t('users.partnerOffice')}
          maxLength={120}
          {...form.getInputProps('partnerOffice')}
        />
      )}
      <ScopePicker value={form.values.scopeCode} onChange={setScope} error={form.errors.scopeCode} />
    </>
  );
}

export function CreateUserForm({ onDone, onCancel }: { onDone: (u: User) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const create = useCreateUser();
  const problem = usePasswordProblem();
  const form = useForm<Values>({
    initialValues: {
      username: '',
      name: '',
      role: '',
      scopeCode: '',
      partnerOffice: '',
      password: '',
      active: true,
    },
    validate: (v) => {
      const r = UserInput.safeParse(toInput(v));
      const errors = r.success ? {} : zodFieldErrors(r.error);
      const weak = v.password && problem(v.password, [v.username, v.name]);
      return weak ? { ...errors, password: weak } : errors;
    },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(toInput(v), {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormMessage error={create.error} />
        <TextInput
          label={t('users.username')}
          description={t('users.usernameHelp')}
          required
          maxLength={40}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          {...form.getInputProps('username')}
        />
        <AccountFields form={form} />
        <PasswordField
          label={t('users.password')}
          help={t('users.passwordHelp')}
          autoComplete="new-password"
          required
          meter={{ context: [form.values.username, form.values.name] }}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function toInput(v: Values): UserInput {
  return {
    username: v.username,
    name: v.name,
    role: v.role as Role,
    scopeCode: v.scopeCode,
    partnerOffice: v.role === 'mitra' && v.partnerOffice.trim() ? v.partnerOffice : null,
    password: v.password,
  };
}

function toPatch(v: Values, version: number): UserPatch {
  return {
    name: v.name,
    role: v.role as Role,
    scopeCode: v.scopeCode,
    partnerOffice: v.role === 'mitra' && v.partnerOffice.trim() ? v.partnerOffice : null,
    active: v.active,
    ...(v.password ? { password: v.password } : {}),
    version,
  };
}

function RevokeSessions({ user }: { user: User }) {
  const { t } = useI18n();
  const revoke = useRevokeSessions(user.id);
  return (
    <Stack gap="xs" align="flex-start">
      <Text fz="sm">{t('users.revokeHelp', { name: user.name })}</Text>
      <Button variant="outline" color="red" onClick={() => revoke.mutate()} loading={revoke.isPending}>
        {t('users.revoke')}
      </Button>
      <Notice message={revoke.isSuccess ? t('users.revoked', { name: user.name }) : null} />
      {revoke.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(revoke.error, t)}
        </Alert>
      )}
    </Stack>
  );
}

export function EditUserForm({
  user,
  onDone,
  onCancel,
}: {
  user: User;
  onDone: (u: User) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const update = useUpdateUser(user.id);
  const problem = usePasswordProblem();
  const [showReset, setShowReset] = useState(false);
  const resetRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (showReset) resetRef.current?.focus();
  }, [showReset]);
  const form = useForm<Values>({
    initialValues: {
      username: user.username,
      name: user.name,
      role: user.role,
      scopeCode: user.scopeCode,
      partnerOffice: user.partnerOffice ?? '',
      password: '',
      active: user.active,
    },
    validate: (v) => {
      const r = UserPatch.safeParse(toPatch(v, user.version));
      const errors = r.success ? {} : zodFieldErrors(r.error);
      const weak = v.password && problem(v.password, [user.username, v.name]);
      return weak ? { ...errors, password: weak } : errors;
    },
  });
  const submit = form.onSubmit((v) =>
    update.mutate(toPatch(v, user.version), {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormMessage error={update.error} />
          <Text fz="sm">
            {t('users.username')}: <strong>{user.username}</strong>
          </Text>
          <AccountFields form={form} />
          <Switch
            label={t('users.activeToggle')}
            description={t('users.activeHelp')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          {showReset ? (
            <PasswordField
              label={t('users.resetPassword')}
              help={t('users.resetPasswordHelp')}
              autoComplete="new-password"
              meter={{ context: [user.username, form.values.name] }}
              ref={resetRef}
              {...form.getInputProps('password')}
            />
          ) : (
            <Group>
              <Button variant="default" onClick={() => setShowReset(true)}>
                {t('users.resetPasswordButton')}
              </Button>
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('action.saveChanges')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider />
      <RevokeSessions user={user} />
    </Stack>
  );
}
