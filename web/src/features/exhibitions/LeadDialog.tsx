import { Alert, Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { BoothLeadInput, type ExhibitionParticipant } from '../../../../shared/contracts/exhibitions.ts';
import { useRecordLead } from '../../api/exhibitions.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Values = {
  buyerName: string;
  buyerPhone: string;
  buyerEmail: string;
  message: string;
  consent: boolean;
};
const EMPTY: Values = { buyerName: '', buyerPhone: '', buyerEmail: '', message: '', consent: false };

const toInput = (v: Values) => ({
  buyerName: v.buyerName,
  buyerPhone: v.buyerPhone.trim() || null,
  buyerEmail: v.buyerEmail.trim() || null,
  message: v.message.trim() || null,
  consent: v.consent as true,
});

/** A buyer's contact left at the booth: kept only when the buyer consents (the box must be ticked). */
export function LeadDialog({
  participant,
  opened,
  onClose,
}: {
  participant: ExhibitionParticipant;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const save = useRecordLead();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: (v) => {
      const r = BoothLeadInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await save.mutateAsync({ id: participant.id, input: toInput(v) });
      form.reset();
      onClose();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setFormError(errorMessage(err, t));
    }
  });
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={t('exh.leadTitle', { name: participant.businessName })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput label={t('exh.buyerName')} required {...form.getInputProps('buyerName')} />
          <TextInput
            label={t('exh.buyerPhone')}
            type="tel"
            inputMode="tel"
            {...form.getInputProps('buyerPhone')}
          />
          <TextInput label={t('exh.buyerEmail')} type="email" {...form.getInputProps('buyerEmail')} />
          <Textarea label={t('exh.buyerMessage')} autosize minRows={2} {...form.getInputProps('message')} />
          <Checkbox label={t('exh.buyerConsent')} {...form.getInputProps('consent', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
