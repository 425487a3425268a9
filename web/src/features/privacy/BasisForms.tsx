import { Alert, Button, Checkbox, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CHANNELS,
  ConsentInput,
  PURPOSES,
  PublicTaskInput,
  WithdrawInput,
} from '../../../../shared/contracts/privacy.ts';
import { useRecordConsent, useRecordPublicTask } from '../../api/privacy.ts';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { fromLocalInput, localNow } from './time.ts';

type Done = { onDone: () => void; onCancel: () => void };

export function FormError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {errorMessage(error, t)}
    </Alert>
  );
}

function Actions({
  onCancel,
  pending,
  label,
  danger,
}: {
  onCancel: () => void;
  pending: boolean;
  label: string;
  danger?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('action.cancel')}
      </Button>
      <Button type="submit" loading={pending} color={danger ? 'red' : undefined}>
        {label}
      </Button>
    </Group>
  );
}

type ConsentValues = { textVersion: string; channel: string; purposes: string[]; givenAt: string };
const toConsent = (v: ConsentValues) => ({
  textVersion: v.textVersion,
  channel: v.channel,
  purposes: v.purposes,
  givenAt: fromLocalInput(v.givenAt),
});

/** Consent as the signed form records it: text version, how it was given, for which purposes, when. */
export function ConsentForm({ personId, onDone, onCancel }: Done & { personId: number }) {
  const { t } = useI18n();
  const save = useRecordConsent(personId);
  const form = useForm<ConsentValues>({
    initialValues: { textVersion: '', channel: 'paper', purposes: ['registry'], givenAt: '' },
    validate: (v) => {
      const r = ConsentInput.safeParse(toConsent(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(toConsent(v) as ConsentInput, {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <TextInput
          label={t('privacy.textVersion')}
          description={t('privacy.textVersionHelp')}
          required
          maxLength={60}
          data-autofocus
          {...form.getInputProps('textVersion')}
        />
        <Radio.Group label={t('privacy.channel')} required {...form.getInputProps('channel')}>
          <Stack gap={6} mt={4}>
            {CHANNELS.map((c) => (
              <Radio key={c} value={c} label={t(`privacy.channel.${c}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox.Group label={t('privacy.purposes')} required {...form.getInputProps('purposes')}>
          <Stack gap={6} mt={4}>
            {PURPOSES.map((p) => (
              <Checkbox key={p} value={p} label={t(`privacy.purpose.${p}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          type="datetime-local"
          label={t('privacy.givenAtLabel')}
          description={t('privacy.givenAtHelp')}
          max={localNow()}
          {...form.getInputProps('givenAt')}
        />
        <Actions onCancel={onCancel} pending={save.isPending} label={t('privacy.saveConsent')} />
      </Stack>
    </form>
  );
}

export function PublicTaskForm({ personId, onDone, onCancel }: Done & { personId: number }) {
  const { t } = useI18n();
  const save = useRecordPublicTask(personId);
  const form = useForm({
    initialValues: { note: '' },
    validate: (v) => {
      const r = PublicTaskInput.safeParse(v);
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(v, { onSuccess: onDone, onError: (err) => form.setErrors(serverFieldErrors(err)) }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <Textarea
          label={t('privacy.publicTaskNote')}
          description={t('privacy.publicTaskHelp')}
          required
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          {...form.getInputProps('note')}
        />
        <Actions onCancel={onCancel} pending={save.isPending} label={t('privacy.recordPublicTask')} />
      </Stack>
    </form>
  );
}

type ReasonProps = Done & {
  submitLabel: string;
  /** The word to type before a step that cannot be undone. */
  confirmWord?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string, onError: (err: unknown) => void) => void;
};

/** A reason (withdrawal, erasure), and for what cannot be undone, a typed confirmation. */
export function ReasonForm({ submitLabel, confirmWord, pending, error, onSubmit, onCancel }: ReasonProps) {
  const { t } = useI18n();
  const form = useForm({
    initialValues: { reason: '', confirm: '' },
    validate: (v) => {
      const r = WithdrawInput.safeParse({ reason: v.reason });
      const errors: Record<string, string> = r.success ? {} : zodFieldErrors(r.error);
      if (confirmWord && v.confirm.trim() !== confirmWord)
        errors.confirm = t('privacy.confirmMismatch', { word: confirmWord });
      return errors;
    },
  });
  const submit = form.onSubmit((v) => onSubmit(v.reason, (err) => form.setErrors(serverFieldErrors(err))));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={error} />
        <Textarea
          label={t('privacy.reason')}
          description={t('privacy.reasonHelp')}
          required
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {confirmWord && (
          <TextInput
            label={t('privacy.confirmLabel', { word: confirmWord })}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...form.getInputProps('confirm')}
          />
        )}
        <Actions onCancel={onCancel} pending={pending} label={submitLabel} danger />
      </Stack>
    </form>
  );
}
