import { Button, Checkbox, Group, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  BREACH_STATUSES,
  type Breach,
  BreachInput,
  BreachPatch,
  DATA_CATEGORIES,
} from '../../../../shared/contracts/privacy.ts';
import { useCreateBreach, useUpdateBreach } from '../../api/privacy.ts';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormError } from './BasisForms.tsx';
import { fromLocalInput, localNow } from './time.ts';

type Done = { onDone: () => void; onCancel: () => void };

function Actions({ onCancel, pending, label }: { onCancel: () => void; pending: boolean; label: string }) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('action.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

type NewValues = {
  discoveredAt: string;
  description: string;
  dataCategories: string[];
  peopleAffected: number | string;
};
const toInput = (v: NewValues) => ({
  discoveredAt: fromLocalInput(v.discoveredAt),
  description: v.description,
  dataCategories: v.dataCategories,
  peopleAffected: typeof v.peopleAffected === 'number' ? v.peopleAffected : null,
});

/** A breach as soon as it is known: the 3×24-hour clock starts at the moment it was discovered. */
export function CreateBreachForm({ onDone, onCancel }: Done) {
  const { t } = useI18n();
  const create = useCreateBreach();
  const form = useForm<NewValues>({
    initialValues: { discoveredAt: localNow(), description: '', dataCategories: [], peopleAffected: '' },
    validate: (v) => {
      const r = BreachInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(toInput(v) as BreachInput, {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={create.error} />
        <TextInput
          type="datetime-local"
          label={t('breaches.discoveredAt')}
          description={t('breaches.discoveredAtHelp')}
          required
          max={localNow()}
          data-autofocus
          {...form.getInputProps('discoveredAt')}
        />
        <Textarea
          label={t('breaches.description')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps('description')}
        />
        <Checkbox.Group label={t('breaches.categories')} required {...form.getInputProps('dataCategories')}>
          <Stack gap={6} mt={4}>
            {DATA_CATEGORIES.map((c) => (
              <Checkbox key={c} value={c} label={t(`breaches.cat.${c}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <NumberInput
          label={t('breaches.peopleAffected')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('peopleAffected')}
        />
        <Actions onCancel={onCancel} pending={create.isPending} label={t('breaches.add')} />
      </Stack>
    </form>
  );
}

const toLocal = (iso: string | null) => (iso ? localNow(new Date(iso)) : '');

type NoticeValues = { notifiedSubjectsAt: string; notifiedAuthorityAt: string; status: string };
const toPatch = (v: NoticeValues) => ({
  notifiedSubjectsAt: fromLocalInput(v.notifiedSubjectsAt) ?? null,
  notifiedAuthorityAt: fromLocalInput(v.notifiedAuthorityAt) ?? null,
  status: v.status,
});

/** When the people affected and the PDP authority were told, and where the breach stands. */
export function BreachNoticeForm({ breach, onDone, onCancel }: Done & { breach: Breach }) {
  const { t } = useI18n();
  const save = useUpdateBreach(breach.id);
  const form = useForm<NoticeValues>({
    initialValues: {
      notifiedSubjectsAt: toLocal(breach.notifiedSubjectsAt),
      notifiedAuthorityAt: toLocal(breach.notifiedAuthorityAt),
      status: breach.status,
    },
    validate: (v) => {
      const r = BreachPatch.safeParse(toPatch(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(toPatch(v) as BreachPatch, {
      onSuccess: onDone,
      onError: (err) => form.setErrors(serverFieldErrors(err)),
    }),
  );
  const min = toLocal(breach.discoveredAt);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <TextInput
          type="datetime-local"
          label={t('breaches.notifiedSubjects')}
          description={t('breaches.notifyHelp')}
          min={min}
          max={localNow()}
          data-autofocus
          {...form.getInputProps('notifiedSubjectsAt')}
        />
        <TextInput
          type="datetime-local"
          label={t('breaches.notifiedAuthority')}
          description={t('breaches.notifyHelp')}
          min={min}
          max={localNow()}
          {...form.getInputProps('notifiedAuthorityAt')}
        />
        <Radio.Group label={t('field.status')} {...form.getInputProps('status')}>
          <Group gap="md" mt={4}>
            {BREACH_STATUSES.map((s) => (
              <Radio key={s} value={s} label={t(`breaches.status.${s}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Actions onCancel={onCancel} pending={save.isPending} label={t('action.save')} />
      </Stack>
    </form>
  );
}
