import { z } from 'zod';
import { BusinessListItem } from './businesses.ts';
import { FieldIssue } from './common.ts';
import { Person } from './people.ts';

/** An owner with the businesses she runs (one person may run several). */
export const PersonDetail = Person.extend({ businesses: z.array(BusinessListItem) }).meta({
  id: 'PersonDetail',
});
export const PersonSaved = z
  .object({ person: PersonDetail, warnings: z.array(FieldIssue) })
  .meta({ id: 'PersonSaved' });

export type PersonDetail = z.infer<typeof PersonDetail>;
