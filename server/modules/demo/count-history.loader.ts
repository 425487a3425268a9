import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { rebuildCountHistory } from '../../db/count-history.ts';

/**
 * The demo's dated figures: each demo level change also becomes a history entry on its assessment date
 * (as the assessments service records one), then the dated counts are rebuilt from the history — so the
 * dashboard as of a past date shows the registry growing from its registration dates, not everything
 * stamped at load time. Current figures do not change.
 */
export async function seedDemoCountHistory(db: Database): Promise<void> {
  await sql`
    insert into history (entity, entity_id, business_id, action, actor, at, changes)
    select 'business', e.business_id, e.business_id, 'update', 'demo',
      (e.occurred_on + time '12:00') at time zone 'Asia/Jakarta',
      jsonb_build_object('irLevel', jsonb_build_array(e.from_level, e.to_level))
    from level_events e
    where not exists (select 1 from history h where h.entity = 'business' and h.entity_id = e.business_id
      and h.action = 'update' and h.changes ? 'irLevel')
    order by e.business_id, e.occurred_on, e.id`.execute(db);
  await rebuildCountHistory(db);
}
