import { Alert, Button, Card, Container, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginInput } from '../../../../shared/contracts/auth.ts';
import { useLogin, useMe } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { AppFooter } from '../../components/AppFooter.tsx';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { AppHeader } from '../../components/Layout.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { safeReturnPath } from './session.ts';

/** Sign-in form; lockout and rate-limit answers are shown in the server's own words. */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const login = useLogin();
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm<LoginInput>({
    initialValues: { username: '', password: '' },
    validate: (v) => {
      const r = LoginInput.safeParse(v);
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) => {
    login.mutate(LoginInput.parse(v), {
      onSuccess: onSignedIn,
      onError: (err) => {
        form.setErrors(serverFieldErrors(err));
        if (err instanceof ApiError && err.code === 'INVALID_CREDENTIALS') {
          form.setFieldValue('password', '');
          passwordRef.current?.focus();
        }
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="login-title">
      <Stack gap="md">
        {login.isError && (
          <Alert color="red" variant="light" role="alert" title={t('login.failed')}>
            {errorMessage(login.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('login.username')}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          maxLength={60}
          {...form.getInputProps('username')}
        />
        <PasswordField
          ref={passwordRef}
          label={t('login.password')}
          autoComplete="current-password"
          required
          maxLength={200}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export default function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const me = useMe();
  const navigate = useNavigate();
  const target = safeReturnPath(useSearchParams()[0].get('ke'));

  if (me.data) return <Navigate to={target} replace />;
  return (
    <>
      <AppHeader />
      <Container component="main" id="main-content" size={440} py="xl" px="sm">
        <Card withBorder padding="lg">
          <Stack gap="md">
            <div>
              <Title order={1} id="login-title">
                {t('login.title')}
              </Title>
              <Text fz="sm" mt={4}>
                {t('login.intro')}
              </Text>
            </div>
            <LoginForm onSignedIn={() => navigate(target, { replace: true })} />
            <Text fz="sm">{t('login.forgot')}</Text>
          </Stack>
        </Card>
      </Container>
      <AppFooter />
    </>
  );
}
