import { z } from 'zod';

export const HistoryEntry = z
  .object({
    id: z.number().int(),
    entity: z.enum(['person', 'business', 'permit']),
    entityId: z.number().int(),
    action: z.enum(['create', 'update', 'delete', 'merge', 'unmerge', 'distinct', 'reopen']),
    actor: z.string(),
    at: z.string(),
    changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
  })
  .meta({ id: 'HistoryEntry' });

export const HistoryList = z.object({ items: z.array(HistoryEntry) }).meta({ id: 'HistoryList' });
export type HistoryEntry = z.infer<typeof HistoryEntry>;
