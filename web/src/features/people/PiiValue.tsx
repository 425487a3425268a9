import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatPhone } from '../../../../shared/rules/phone.ts';
import { ApiError } from '../../api/client.ts';
import { type PiiField, revealPerson } from '../../api/people.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

const PURPOSE_MIN = 5;
const PURPOSE_MAX = 200;

/** `+62812****7890` reads as officers write numbers: `0812****7890`. */
export function displayMasked(field: PiiField, masked: string): string {
  return field === 'phone' && masked.startsWith('+62') ? `0${masked.slice(3)}` : masked;
}

type DialogProps = {
  personId: number;
  field: PiiField;
  label: string;
  onClose: () => void;
  onRevealed: (value: string) => void;
};

function RevealForm({ personId, field, label, onClose, onRevealed }: DialogProps) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const text = purpose.trim();
    const local =
      text.length < PURPOSE_MIN
        ? t('reveal.purposeShort')
        : text.length > PURPOSE_MAX
          ? t('reveal.purposeLong', { n: text.length })
          : null;
    setFieldError(local);
    setFailure(null);
    if (local) return;
    setPending(true);
    try {
      onRevealed((await revealPerson(personId, field, text)) ?? '–');
    } catch (err) {
      const onPurpose = err instanceof ApiError ? err.fields.find((f) => f.path === 'purpose') : undefined;
      if (onPurpose) setFieldError(onPurpose.message);
      else setFailure(errorMessage(err, t));
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Textarea
          label={t('reveal.purpose')}
          description={t('reveal.purposeHelp')}
          required
          autosize
          minRows={2}
          maxLength={PURPOSE_MAX}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={fieldError}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('reveal.buttonNamed', { field: label })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Props = { personId: number; field: PiiField; masked: string | null; label: string };

/**
 * A masked NIK or phone with "Tampilkan" for roles with `pii.reveal`: asks for the purpose (audited), then
 * shows the value here only. It lives in this component's state, so leaving the page forgets it.
 */
export function PiiValue({ personId, field, masked, label }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const [value, setValue] = useState<{ personId: number; value: string } | null>(null);
  const [asking, setAsking] = useState(false);
  if (masked === null) return '–';
  const revealed = value?.personId === personId ? value.value : null;
  const shown = revealed
    ? field === 'phone'
      ? formatPhone(revealed)
      : revealed
    : displayMasked(field, masked);

  return (
    <Group gap="xs" component="span" wrap="wrap">
      <span data-testid={`pii-${field}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {shown}
      </span>
      {can('pii.reveal') && (
        <Button
          size="compact-sm"
          variant={revealed ? 'subtle' : 'light'}
          aria-label={t(revealed ? 'reveal.hideNamed' : 'reveal.buttonNamed', { field: label })}
          onClick={() => (revealed ? setValue(null) : setAsking(true))}
        >
          {revealed ? t('reveal.hide') : t('reveal.button')}
        </Button>
      )}
      <span role="status" className="visually-hidden">
        {revealed ? t('reveal.shown', { field: label }) : ''}
      </span>
      <Dialog opened={asking} onClose={() => setAsking(false)} title={t('reveal.title', { field: label })}>
        {asking && (
          <RevealForm
            personId={personId}
            field={field}
            label={label}
            onClose={() => setAsking(false)}
            onRevealed={(v) => {
              setValue({ personId, value: v });
              setAsking(false);
            }}
          />
        )}
      </Dialog>
    </Group>
  );
}
