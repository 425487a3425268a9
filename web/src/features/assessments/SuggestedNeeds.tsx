import { Card, Checkbox, Stack, Text, Title } from '@mantine/core';
import type { NeedSuggestion } from '../../../../shared/rules/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

type Props = { needs: NeedSuggestion[]; dropped: Set<string>; onToggle: (title: string) => void };

/** Needs the answers suggest; the pendamping unticks the ones not agreed (the rest are saved). */
export function SuggestedNeeds({ needs, dropped, onToggle }: Props) {
  const { t } = useI18n();
  const names = useLabels();
  return (
    <Card withBorder component="section" aria-labelledby="suggested-needs-title">
      <Title order={2} id="suggested-needs-title" mb={4}>
        {t('assess.needsTitle')}
      </Title>
      {needs.length === 0 ? (
        <Text fz="sm">{t('assess.needsNone')}</Text>
      ) : (
        <Stack gap="sm">
          <Text fz="sm">{t('assess.needsIntro')}</Text>
          {needs.map((n) => (
            <Checkbox
              key={n.title}
              size="md"
              checked={!dropped.has(n.title)}
              onChange={() => onToggle(n.title)}
              label={n.title}
              description={`${names.pillar[n.pillar]} · ${t('needs.priority')} ${names.priority[n.priority].toLowerCase()}`}
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}
