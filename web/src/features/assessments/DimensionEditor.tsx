import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { RubricInput } from '../../../../shared/contracts/assessments.ts';
import { RUBRIC_SOURCES } from '../../../../shared/rules/rubric.ts';
import { useI18n } from '../../i18n/index.tsx';

export type DimensionDraft = RubricInput['dimensions'][number];

type Props = {
  d: DimensionDraft;
  index: number;
  errors: Record<string, string>;
  onChange: (d: DimensionDraft) => void;
  onRemove: () => void;
};

/** One dimension of the rubric being edited: key, name, help, registry source and its answer options. */
export function DimensionEditor({ d, index, errors, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const at = (path: string) => errors[`dimensions.${index}.${path}`];
  const setOption = (i: number, patch: Partial<DimensionDraft['options'][number]>) =>
    onChange({ ...d, options: d.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const numeric = d.source === 'workers' || d.source === 'turnover';
  const titleId = `dim-${index}-title`;
  return (
    <Card withBorder component="li" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {t('rubric.dimension', { n: index + 1 })}: {d.label}
          </Title>
          <Button
            size="xs"
            variant="outline"
            color="red"
            onClick={onRemove}
            aria-label={t('rubric.removeDimension', { name: d.label || d.key })}
          >
            {t('action.delete')}
          </Button>
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('rubric.key')}
            value={d.key}
            onChange={(e) => onChange({ ...d, key: e.currentTarget.value })}
            error={at('key')}
            miw={140}
          />
          <TextInput
            label={t('rubric.label')}
            value={d.label}
            onChange={(e) => onChange({ ...d, label: e.currentTarget.value })}
            error={at('label')}
            miw={180}
          />
        </Group>
        <Textarea
          label={t('rubric.help')}
          value={d.help ?? ''}
          onChange={(e) => onChange({ ...d, help: e.currentTarget.value })}
          error={at('help')}
          autosize
          minRows={1}
        />
        <Select
          label={t('rubric.source')}
          data={[
            { value: '', label: t('rubric.source.none') },
            ...RUBRIC_SOURCES.map((s) => ({ value: s, label: t(`rubric.source.${s}`) })),
          ]}
          value={d.source ?? ''}
          onChange={(v) => onChange({ ...d, source: (v || null) as DimensionDraft['source'] })}
          allowDeselect={false}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: 14 }}>{t('rubric.options')}</legend>
          <Stack gap="xs" mt={4}>
            {d.options.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options have no id; their order is their identity
              <Group key={i} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('rubric.optionLabel', { n: i + 1 })}
                  value={o.label}
                  onChange={(e) => setOption(i, { label: e.currentTarget.value })}
                  error={at(`options.${i}.label`)}
                  style={{ flex: '1 1 220px' }}
                />
                <NumberInput
                  label={t('rubric.optionScore', { n: i + 1 })}
                  value={o.score}
                  onChange={(v) => setOption(i, { score: Number(v) || 0 })}
                  error={at(`options.${i}.score`)}
                  min={0}
                  w={110}
                />
                {numeric && (
                  <NumberInput
                    label={t('rubric.optionUpTo', { n: i + 1 })}
                    value={o.upTo ?? ''}
                    onChange={(v) => setOption(i, { upTo: v === '' ? null : Number(v) })}
                    thousandSeparator="."
                    decimalSeparator=","
                    min={0}
                    w={170}
                  />
                )}
                <ActionIcon
                  variant="outline"
                  color="red"
                  size="lg"
                  onClick={() => onChange({ ...d, options: d.options.filter((_, j) => j !== i) })}
                  aria-label={t('rubric.removeOption', { n: i + 1 })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {at('options') && (
              <div role="alert" style={{ color: 'var(--mantine-color-red-8)', fontSize: 14 }}>
                {at('options')}
              </div>
            )}
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                onChange({ ...d, options: [...d.options, { label: '', score: d.options.length }] })
              }
            >
              {t('rubric.addOption')}
            </Button>
          </Stack>
        </fieldset>
      </Stack>
    </Card>
  );
}
