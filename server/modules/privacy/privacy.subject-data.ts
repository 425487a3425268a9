import type { SubjectData } from '../../../shared/contracts/privacy.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { audit } from '../audit/audit.service.ts';
import { toBusiness } from '../businesses/businesses.mapper.ts';
import { toHistoryEntry } from '../history/history.service.ts';
import { toPerson } from '../people/people.mapper.ts';
import { assertPersonInScope } from '../people/people.service.ts';
import { toPermit } from '../permits/permits.mapper.ts';
import { toLegalBasis, toSubjectRequest } from './privacy.mapper.ts';
import * as repo from './privacy.repository.ts';

/**
 * Everything Pilar holds about one person (UU PDP Pasal 7 and 32): her record with NIK and phone in
 * clear, her businesses wherever they lie, their permits, the history, legal bases and requests. The
 * export is in the audit log with its purpose.
 */
export async function subjectData(
  db: Database,
  id: number,
  caller: Caller,
  format: 'json' | 'pdf',
): Promise<SubjectData> {
  const row = await assertPersonInScope(db, id, caller);
  const businesses = await repo.businessesOfOwner(db, id);
  const ids = businesses.map((b) => b.id);
  const [permits, history, bases, requests] = await Promise.all([
    repo.permitsOfBusinesses(db, ids),
    repo.historyOfPerson(db, id, ids),
    repo.listLegalBases(db, id),
    repo.listRequestsOfPerson(db, id),
  ]);
  await audit(db, caller, 'person.subject_data', {
    entity: 'person',
    entityId: id,
    purpose: 'data subject access request',
    details: { format },
  });
  return {
    generatedAt: new Date().toISOString(),
    person: { ...toPerson(row), nik: row.nik, phone: row.phone },
    businesses: businesses.map(toBusiness),
    permits: permits.map(toPermit),
    // Her own copy: values as recorded, NIK and phone included (elsewhere the history masks them).
    history: history.map((h) => toHistoryEntry({ ...h, at: new Date(h.at) }, { clear: true })),
    legalBases: bases.map(toLegalBasis),
    subjectRequests: requests.map(toSubjectRequest),
  };
}
