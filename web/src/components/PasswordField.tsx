import { Box, PasswordInput, type PasswordInputProps, Progress, Stack, Text } from '@mantine/core';
import type { RuleIssue } from '../../../shared/rules/issue.ts';
import { PASSWORD_MIN_LENGTH, passwordStrength } from '../../../shared/rules/password.ts';
import { type Locale, type Translate, useI18n } from '../i18n/index.tsx';

const BAR_COLORS = ['red.9', 'red.7', 'orange.7', 'teal.7', 'green.8'] as const;

/** The shared rule's Indonesian message, or its English equivalent. */
export function passwordIssueText(issue: RuleIssue, pw: string, t: Translate, locale: Locale): string {
  if (locale === 'id') return issue.message;
  if (issue.code === 'PASSWORD_TOO_SHORT')
    return t('pw.tooShort', { min: PASSWORD_MIN_LENGTH, n: pw.length });
  if (issue.code === 'PASSWORD_GUESSABLE') return t('pw.guessable');
  return issue.message;
}

/** What must change before a new password is accepted (the server applies the same rule). */
export function usePasswordProblem() {
  const { t, locale } = useI18n();
  return (pw: string, context: string[]): string | null => {
    const issue = passwordStrength(pw, context).issues[0];
    return issue ? passwordIssueText(issue, pw, t, locale) : null;
  };
}

function Meter({ password, context, hide }: { password: string; context: string[]; hide?: string }) {
  const { t, locale } = useI18n();
  const { score, issues } = passwordStrength(password, context);
  const messages = issues.map((i) => passwordIssueText(i, password, t, locale)).filter((m) => m !== hide);
  return (
    <Stack gap={4} mt={6}>
      <Progress value={(score + 1) * 20} color={BAR_COLORS[score]} size="sm" aria-hidden="true" />
      <Text span fz="sm" fw={600} c={score >= 3 ? 'green.9' : 'red.9'} data-testid="password-strength">
        {t('pw.strength', { label: t(`pw.score${score}`) })}
      </Text>
      {messages.map((m) => (
        <Text span fz="sm" c="red.9" key={m}>
          {m}
        </Text>
      ))}
    </Stack>
  );
}

type Props = Omit<PasswordInputProps, 'description'> & {
  /** Show the strength meter (for a new password); context words (username, name) count as guessable. */
  meter?: { context: string[] };
  help?: string;
};

/**
 * A password input whose show/hide toggle is reachable by keyboard and named in the reader's language; with
 * `meter`, the strength and what to fix are part of the input's description, so a screen reader reads them.
 */
export function PasswordField({ meter, help, ...props }: Props) {
  const { t } = useI18n();
  const value = typeof props.value === 'string' ? props.value : '';
  const showMeter = meter && value.length > 0;
  const description =
    help || showMeter ? (
      <Box component="span" display="block">
        {help && (
          <Text span fz="sm" display="block">
            {help}
          </Text>
        )}
        {showMeter && (
          <Meter
            password={value}
            context={meter.context}
            hide={typeof props.error === 'string' ? props.error : undefined}
          />
        )}
      </Box>
    ) : undefined;
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
      inputWrapperOrder={meter ? ['label', 'input', 'description', 'error'] : undefined}
      descriptionProps={{ component: 'div' }}
      description={description}
      {...props}
    />
  );
}
