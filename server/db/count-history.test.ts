import { describe, expect, it } from 'vitest';
import { type Delta, type Event, replay, type State } from './count-history.ts';

const BLIMBING = '35.73.01.1007';
const KLOJEN = '35.73.02.1011';
const now: State = {
  present: true,
  kelurahan_code: KLOJEN,
  kecamatan_code: '35.73.02',
  sector: 'pangan',
  size_class: 'mikro',
  home_industry: true,
  owner_krtp: false,
  status: 'closed',
  ir_level: 2,
};
let seq = 0;
const ev = (day: string, action: string, changes: Record<string, unknown> = {}): Event => {
  seq += 1;
  return { id: seq, entity_id: 1, day, ts: Date.parse(`${day}T10:00:00Z`) / 1000 + seq, action, changes };
};
const dims = (s: State) => [s.kelurahan_code, s.ir_level, s.owner_krtp, s.status, s.present];

describe('the closed spans of a business, replayed from its history', () => {
  // Registered 10 Jan in Blimbing (owner KRTP); IR 2 on 5 Mar; moved to Klojen and back and to Klojen again
  // on 1 Apr (the last change of the day wins); owner no longer KRTP 10 May (from her own history, dated
  // before the business's later events); merged away 1 Jul, back 1 Sep; closed 1 Oct (its current row).
  const events = [
    ev('2024-01-10', 'create'),
    ev('2024-03-05', 'update', { irLevel: [null, 2] }),
    ev('2024-04-01', 'update', {
      kelurahanCode: [BLIMBING, KLOJEN],
      kecamatanCode: ['35.73.01', '35.73.02'],
    }),
    ev('2024-04-01', 'update', {
      kelurahanCode: [KLOJEN, BLIMBING],
      kecamatanCode: ['35.73.02', '35.73.01'],
    }),
    ev('2024-04-01', 'update', {
      kelurahanCode: [BLIMBING, KLOJEN],
      kecamatanCode: ['35.73.01', '35.73.02'],
    }),
    ev('2024-05-10', 'update', { ownerKrtp: [true, false] }),
    ev('2024-07-01', 'merge', { mergedInto: [null, 9] }),
    ev('2024-09-01', 'unmerge', { mergedInto: [9, null] }),
    ev('2024-10-01', 'update', { status: ['active', 'closed'] }),
  ];
  // Given out of order (the owner's events are merged in after the business's): sorted by time.
  const shuffled = [events[5], ...events.slice(0, 5), ...events.slice(6)] as Event[];
  const out = new Map<string, Delta>();
  const spans = replay(now, shuffled, '2024-01-10', out);

  it('splits at each day a counted dimension changed, ending where the current row begins', () => {
    expect(spans.map((s) => [s.from, s.to, ...dims(s.state)])).toEqual([
      ['2024-01-10', '2024-03-05', BLIMBING, 0, true, 'active', true],
      ['2024-03-05', '2024-04-01', BLIMBING, 2, true, 'active', true],
      ['2024-04-01', '2024-05-10', KLOJEN, 2, true, 'active', true],
      ['2024-05-10', '2024-07-01', KLOJEN, 2, false, 'active', true],
      ['2024-07-01', '2024-09-01', KLOJEN, 2, false, 'active', false],
      ['2024-09-01', '2024-10-01', KLOJEN, 2, false, 'active', true],
    ]);
  });

  it('dates the stock deltas the same way (the KRTP change included)', () => {
    const krtpChange = [...out].filter(([k]) => k.startsWith('2024-05-10|'));
    expect(krtpChange.map(([k, d]) => [k.split('|')[6], d.n]).sort()).toEqual([
      ['false', 1],
      ['true', -1],
    ]);
  });

  it('keeps the time in the registry of a business merged away (its row gone)', () => {
    const gone = { ...now, present: false, status: 'active' };
    const history = [ev('2024-02-01', 'create'), ev('2024-06-01', 'merge', { mergedInto: [null, 9] })];
    const closed = replay(gone, history, '2024-02-01', new Map());
    expect(closed.map((s) => [s.from, s.to, s.state.present])).toEqual([['2024-02-01', '2024-06-01', true]]);
  });

  it('has no closed span for a business unchanged since its registration', () => {
    expect(replay(now, [], '2024-01-10', new Map())).toEqual([]);
  });
});
