import type { Permit } from '../../../shared/contracts/permits.ts';
import type { PermitRow } from '../../db/schema.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function toPermit(r: PermitRow): Permit {
  return {
    id: r.id,
    businessId: r.business_id,
    type: r.type as Permit['type'],
    number: r.number,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    valid: r.expires_on === null || r.expires_on >= today(),
    version: r.version,
  };
}

export function permitAuditView(r: PermitRow) {
  return { type: r.type, number: r.number, issuedOn: r.issued_on, expiresOn: r.expires_on };
}
