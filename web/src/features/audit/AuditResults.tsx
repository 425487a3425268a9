import { Card, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../../shared/contracts/audit.ts';
import { orDash } from '../../components/labels.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { hasKey, type Translate, useI18n } from '../../i18n/index.tsx';

const ENTITY_PAGES: Record<string, string> = { person: '/pelaku', business: '/usaha' };

/** The action in words where Pilar knows it, the server's code otherwise. */
export function actionLabel(action: string, t: Translate): string {
  const key = `audit.act.${action}`;
  return hasKey(key) ? t(key) : action;
}

function Entity({ e }: { e: AuditEntry }) {
  const { t } = useI18n();
  if (!e.entity) return '–';
  const key = `audit.ent.${e.entity}`;
  const name = hasKey(key) ? t(key) : e.entity;
  if (e.entityId == null) return name;
  const base = ENTITY_PAGES[e.entity];
  const text = `${name} #${e.entityId}`;
  return base ? (
    <Link to={`${base}/${e.entityId}`} className="row-link">
      {text}
    </Link>
  ) : (
    text
  );
}

/** `{ query: { q: 'tempe' }, fields: ['name', 'role'] }` → `query: q=tempe; fields: name, role`. */
function detailsText(details: AuditEntry['details']): string {
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return '–';
  const value = (v: unknown): string =>
    Array.isArray(v)
      ? v.map(String).join(', ')
      : v && typeof v === 'object'
        ? Object.entries(v)
            .map(([k, x]) => `${k}=${typeof x === 'string' ? x : JSON.stringify(x)}`)
            .join(', ')
        : typeof v === 'string'
          ? v
          : JSON.stringify(v);
  return entries.map(([k, v]) => `${k}: ${value(v)}`).join('; ');
}

/** Audit entries newest first: a table on wide screens, cards on phones. */
export function AuditResults({ items }: { items: AuditEntry[] }) {
  const { t, locale } = useI18n();
  const isPhone = useIsPhone();

  if (isPhone) {
    return (
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((e) => (
          <Card key={e.id} withBorder padding="sm" component="li">
            <Text fw={700} fz="sm">
              {formatDateTime(locale, e.at)}
            </Text>
            <Text fz="sm">
              {e.actorName} · {actionLabel(e.action, t)}
            </Text>
            <Text fz="sm">
              <Entity e={e} />
              {e.ip ? ` · ${e.ip}` : ''}
            </Text>
            {e.purpose && (
              <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('audit.purpose')}: {e.purpose}
              </Text>
            )}
            {detailsText(e.details) !== '–' && (
              <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {detailsText(e.details)}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table striped fz="sm" verticalSpacing={6}>
        <Table.Caption>{t('audit.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.ip')}</Table.Th>
            <Table.Th scope="col">{t('audit.purpose')}</Table.Th>
            <Table.Th scope="col">{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(locale, e.at)}</Table.Td>
              <Table.Td>{e.actorName}</Table.Td>
              <Table.Td>{actionLabel(e.action, t)}</Table.Td>
              <Table.Td>
                <Entity e={e} />
              </Table.Td>
              <Table.Td>{orDash(e.ip)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{orDash(e.purpose)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{detailsText(e.details)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
