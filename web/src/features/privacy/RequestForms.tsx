import { Button, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CHANNELS,
  REQUEST_KINDS,
  type SubjectRequest,
  SubjectRequestClose,
  SubjectRequestInput,
} from '../../../../shared/contracts/privacy.ts';
import { useCloseSubjectRequest, useCreateSubjectRequest } from '../../api/privacy.ts';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OwnerPicker } from '../businesses/OwnerPicker.tsx';
import { FormError } from './BasisForms.tsx';
import { fromLocalInput, localNow } from './time.ts';

type Values = {
  personId: string;
  personName: string;
  kind: string;
  channel: string;
  receivedAt: string;
  note: string;
};
const toInput = (v: Values) => ({
  personId: Number(v.personId) || undefined,
  kind: v.kind || undefined,
  channel: v.channel || undefined,
  receivedAt: fromLocalInput(v.receivedAt),
  note: v.note.trim() || null,
});

type CreateProps = {
  person: { id: number; name: string } | null;
  onDone: (r: SubjectRequest) => void;
  onCancel: () => void;
};

/** A request as it arrived: about whom, what she asks, how and when; the deadline follows from the law. */
export function CreateRequestForm({ person, onDone, onCancel }: CreateProps) {
  const { t } = useI18n();
  const create = useCreateSubjectRequest();
  const form = useForm<Values>({
    initialValues: {
      personId: person ? String(person.id) : '',
      personName: person?.name ?? '',
      kind: '',
      channel: 'in_person',
      receivedAt: '',
      note: '',
    },
    validate: (v) => {
      const r = SubjectRequestInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(toInput(v) as SubjectRequestInput, {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={create.error} />
        {person ? (
          <Text>
            {t('requests.person')}: <strong>{person.name}</strong>
          </Text>
        ) : (
          <>
            <OwnerPicker
              value={form.values.personId}
              selectedLabel={form.values.personName}
              onChange={(id, name) => form.setValues({ personId: id, personName: name })}
              error={form.errors.personId}
            />
            <Text fz="xs">{t('requests.restrictedHint')}</Text>
          </>
        )}
        <Select
          label={t('requests.kind')}
          data={REQUEST_KINDS.map((k) => ({ value: k, label: t(`requests.kind.${k}`) }))}
          required
          allowDeselect={false}
          placeholder={t('form.choose')}
          data-autofocus
          {...form.getInputProps('kind')}
        />
        <Radio.Group label={t('requests.channel')} required {...form.getInputProps('channel')}>
          <Group gap="md" mt={4}>
            {CHANNELS.map((c) => (
              <Radio key={c} value={c} label={t(`privacy.channel.${c}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          type="datetime-local"
          label={t('requests.receivedAt')}
          description={t('requests.receivedAtHelp')}
          max={localNow()}
          {...form.getInputProps('receivedAt')}
        />
        <Textarea
          label={t('requests.note')}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('requests.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Closes a request: done or rejected, with what was done or why not. */
export function CloseRequestForm({
  request,
  onDone,
  onCancel,
}: {
  request: SubjectRequest;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const close = useCloseSubjectRequest(request.id);
  const form = useForm({
    initialValues: { status: 'done', outcome: '' },
    validate: (v) => {
      const r = SubjectRequestClose.safeParse(v);
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) =>
    close.mutate(v as SubjectRequestClose, {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={close.error} />
        <Radio.Group label={t('requests.result')} required {...form.getInputProps('status')}>
          <Group gap="md" mt={4}>
            <Radio value="done" label={t('requests.status.done')} />
            <Radio value="rejected" label={t('requests.status.rejected')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('requests.outcome')}
          description={t('requests.outcomeHelp')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          data-autofocus
          {...form.getInputProps('outcome')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={close.isPending}>
            {t('requests.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
