import { describe, expect, it } from 'vitest';
import type { LinkReview } from '../../../../shared/contracts/reviews.ts';
import {
  choosableFields,
  defaultChoices,
  mergeDecision,
  oneSidedFields,
  signedWeight,
} from './merge-fields.ts';

const review = (fields: {
  a: Record<string, string | null>;
  b: Record<string, string | null>;
}): LinkReview => ({
  id: 7,
  kind: 'person',
  score: 15.5,
  evidence: [],
  state: 'open',
  a: { id: 1, fields: fields.a },
  b: { id: 2, fields: fields.b },
  differs: Object.keys(fields.a).filter((k) => (fields.a[k] ?? '') !== (fields.b[k] ?? '')),
  importId: null,
  createdAt: '2026-01-01T00:00:00Z',
  rescoredAt: null,
  decidedBy: null,
  decidedAt: null,
});

const pair = review({
  a: { name: 'Siti Aminah', nik: '3573********0001', phone: null, address: 'Jl. Candi 3', businesses: 'Kue' },
  b: { name: 'Siti Aminnah', nik: null, phone: '0812****7890', address: 'Jl. Candi 3', businesses: 'Jamu' },
});

describe('merge choices', () => {
  it('asks only about differing fields both records fill; one-sided ones are taken as they are', () => {
    expect(choosableFields(pair)).toEqual(['name']);
    expect(oneSidedFields(pair)).toEqual(['nik', 'phone']);
  });

  it('starts each choice with the kept record’s value', () => {
    expect(defaultChoices(pair, 'a')).toEqual({ name: 'a' });
    expect(defaultChoices(pair, 'b')).toEqual({ name: 'b' });
  });

  it('sends an address choice as street, RT and RW together', () => {
    const moved = review({ a: { address: 'Jl. Candi 3' }, b: { address: 'Jl. Candi 3 RT 2' } });
    expect(mergeDecision(moved, 'b', { address: 'a' })).toEqual({
      decision: 'same',
      keep: 'b',
      fields: { street: 'a', rt: 'a', rw: 'a' },
    });
  });

  it('writes weights with their sign and a decimal comma', () => {
    expect(signedWeight(4)).toBe('+4');
    expect(signedWeight(-2.5)).toBe('−2,5');
    expect(signedWeight(0)).toBe('0');
  });
});
