import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonInput } from '../../../../shared/contracts/people.ts';
import {
  type BusinessProbe,
  type DuplicateMatch,
  findDuplicateBusinesses,
  findDuplicatePeople,
  ROUTE,
} from '../../api/reviews.ts';
import { useI18n } from '../../i18n/index.tsx';

export type Duplicates = { person: DuplicateMatch[]; business: DuplicateMatch[] };

/**
 * Registered records the one about to be saved may duplicate: its new owner (when typed in) and the
 * business. A check that fails never stops the saving; it answers "none found".
 */
export async function findDuplicates(probe: {
  person: PersonInput | null;
  business: BusinessProbe;
}): Promise<Duplicates | null> {
  const none = { matches: [] as DuplicateMatch[] };
  const [person, business] = await Promise.all([
    probe.person ? findDuplicatePeople(probe.person).catch(() => none) : none,
    findDuplicateBusinesses(probe.business).catch(() => none),
  ]);
  const found = { person: person.matches, business: business.matches };
  return found.person.length || found.business.length ? found : null;
}

type Props = { found: Duplicates; onSaveAnyway: () => void };

/**
 * "Mungkin sudah terdaftar" above the form's buttons: links to the records found, and a submit button that
 * saves anyway (it sets the page's confirmation before the form's submit event runs).
 */
export function DuplicateWarning({ found, onSaveAnyway }: Props) {
  const { t } = useI18n();
  const kinds = (['person', 'business'] as const).filter((k) => found[k].length > 0);
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      title={t('dupes.title')}
      data-testid="duplicate-warning"
    >
      <Stack gap="xs" align="flex-start">
        <Text fz="sm">{t('dupes.body')}</Text>
        {kinds.map((k) => (
          <div key={k}>
            <Text fz="sm" fw={700}>
              {t(`dupes.kind.${k}`)}
            </Text>
            <List size="sm" spacing={2}>
              {found[k].map((m) => (
                <List.Item key={m.id}>
                  <Anchor component={Link} to={`${ROUTE[k]}/${m.id}`} fz="sm">
                    {m.label || `#${m.id}`}
                  </Anchor>{' '}
                  <Text span fz="sm">
                    (#{m.id}) ·{' '}
                    {m.evidence
                      .filter((e) => e.outcome === 'agree')
                      .map((e) => e.note)
                      .join(', ')}
                  </Text>
                </List.Item>
              ))}
            </List>
          </div>
        ))}
        <Button type="submit" variant="outline" onClick={onSaveAnyway}>
          {t('dupes.saveAnyway')}
        </Button>
      </Stack>
    </Alert>
  );
}
