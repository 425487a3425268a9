import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Template } from '../../../../shared/contracts/roadmaps.ts';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import { useTemplates, useUpdateTemplate } from '../../api/roadmaps.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { TemplateDialog } from './TemplateForm.tsx';

/** The templates library (admin, operator): typical roadmaps per level and sector. */
export default function TemplatesPage() {
  const { t } = useI18n();
  const names = useLabels();
  usePageTitle(t('templates.title'));
  const q = useTemplates({ all: 'true' });
  const toggle = useUpdateTemplate();
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('templates.title')}</Title>
        <Button onClick={() => setEditing('new')}>{t('templates.new')}</Button>
      </Group>
      <Text>{t('templates.intro')}</Text>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.data?.items.map((x) => (
        <Card key={x.id} withBorder component="section" aria-labelledby={`tpl-${x.id}`}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={2} fz="lg" id={`tpl-${x.id}`} style={{ overflowWrap: 'anywhere' }}>
                {x.name}
              </Title>
              <Badge variant="light" color={x.active ? 'teal' : 'gray'} style={{ textTransform: 'none' }}>
                {x.active ? t('templates.active') : t('templates.inactive')}
              </Badge>
            </Group>
            <Text fz="sm">
              {names.irLevel[x.level]} ·{' '}
              {SECTORS.find((s) => s.code === x.sector)?.label ?? t('templates.allSectors')}
            </Text>
            {x.description && <Text fz="sm">{x.description}</Text>}
            <ol style={{ margin: 0, paddingLeft: 20 }}>
              {x.lines.map((l) => (
                <li key={`${l.title}-${l.offsetDays}`}>
                  <Text fz="sm">
                    {l.title} · {t('templates.lineSummary', { days: l.offsetDays })}
                    {l.partnerOffice ? ` · ${l.partnerOffice}` : ''}
                  </Text>
                </li>
              ))}
            </ol>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setEditing(x)}>
                {t('action.edit')}
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={toggle.isPending && toggle.variables?.id === x.id}
                onClick={() => toggle.mutate({ id: x.id, active: !x.active, version: x.version })}
              >
                {x.active ? t('templates.deactivate') : t('templates.activate')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      {editing && (
        <TemplateDialog template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
