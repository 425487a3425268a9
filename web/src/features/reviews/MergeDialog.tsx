import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { LinkReview } from '../../../../shared/contracts/reviews.ts';
import { useDecideReview } from '../../api/reviews.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import {
  cardFieldLabel,
  cardValue,
  choosableFields,
  defaultChoices,
  mergeDecision,
  oneSidedFields,
  type Side,
} from './merge-fields.ts';

const SIDES = ['a', 'b'] as const;
type Props = { r: LinkReview; onClose: () => void; onMerged: (keep: Side) => void };
type ChoiceProps = {
  label: string;
  description?: string;
  value: Side;
  onChange: (s: Side) => void;
  options: Record<Side, string>;
};

/** One question of the dialog: A or B, each option naming its record's value. */
function SideChoice({ label, description, value, onChange, options }: ChoiceProps) {
  return (
    <Radio.Group label={label} description={description} value={value} onChange={(v) => onChange(v as Side)}>
      <Stack gap={6} mt={6}>
        {SIDES.map((s) => (
          <Radio key={s} value={s} label={options[s]} styles={{ label: { overflowWrap: 'anywhere' } }} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The record to keep, then each field both fill differently; fields only one fills need no question. */
function useMergeChoices(r: LinkReview) {
  const [keep, setKeep] = useState<Side>('a');
  const [choices, setChoices] = useState(() => defaultChoices(r, 'a'));
  return {
    keep,
    choices,
    chooseKeep: (s: Side) => {
      setKeep(s);
      setChoices(defaultChoices(r, s));
    },
    choose: (k: string, s: Side) => setChoices({ ...choices, [k]: s }),
  };
}

/** "Sama — gabungkan": which record stays, and for each differing field whose value it takes. */
function MergeForm({ r, onClose, onMerged }: Props) {
  const { t, locale } = useI18n();
  const decide = useDecideReview();
  const m = useMergeChoices(r);
  const taken = oneSidedFields(r).map((k) => cardFieldLabel(k, t));
  const options = (fn: (s: Side) => string) => ({ a: `A${fn('a')}`, b: `B${fn('b')}` });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const decision = mergeDecision(r, m.keep, m.choices);
    decide.mutate({ id: r.id, decision }, { onSuccess: () => onMerged(m.keep) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SideChoice
          label={t('reviews.keep')}
          description={t('reviews.keepHelp')}
          value={m.keep}
          onChange={m.chooseKeep}
          options={options((s) => ` · #${r[s].id} ${r[s].fields.name ?? ''}`)}
        />
        {choosableFields(r).map((k) => (
          <SideChoice
            key={k}
            label={t('reviews.valueOf', { field: cardFieldLabel(k, t) })}
            value={m.choices[k] ?? m.keep}
            onChange={(s) => m.choose(k, s)}
            options={options((s) => `: ${cardValue(k, r[s].fields[k], t, locale)}`)}
          />
        ))}
        {taken.length > 0 && <Text fz="sm">{t('reviews.oneSided', { fields: taken.join(', ') })}</Text>}
        <Text fz="sm">{t(`reviews.mergeNote.${r.kind}`)}</Text>
        {decide.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(decide.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending}>
            {t('reviews.mergeSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MergeDialog({ r, opened, ...props }: Props & { opened: boolean }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  return (
    <Dialog
      opened={opened}
      onClose={props.onClose}
      fullScreen={isPhone}
      size="lg"
      title={t('reviews.mergeTitle')}
    >
      {opened && <MergeForm r={r} {...props} />}
    </Dialog>
  );
}
