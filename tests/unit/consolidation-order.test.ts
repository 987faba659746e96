// The order of a démarche's séances: by day, a séance without a day last, then start time, title and id.
import { describe, expect, it } from 'vitest';
import { bySeance, liveSeances } from '../../src/domain/seanceOrder';
import type { SessionId } from '../../src/domain/types';

const s = (id: string, date: string, startTime = '', title = 'Séance') => ({ id: id as SessionId, date, startTime, title, deleted: false });

describe('bySeance', () => {
  it('sorts by day, undated last, then start time (untimed last), then title in French, then id', () => {
    const list = [s('a', ''), s('b', '2026-11-05', '14:00'), s('c', '2026-11-05', '09:30'), s('d', '2026-11-05'), s('e', '2026-10-01', '', 'Élus'), s('f', '2026-10-01', '', 'Agents'), s('h', '2026-10-01', '', 'Zoé'), s('g', '2026-10-01', '', 'Zoé')];
    expect([...list].sort(bySeance).map((x) => x.id)).toEqual(['f', 'e', 'g', 'h', 'c', 'b', 'd', 'a']);
  });

  it('liveSeances leaves the deleted ones out', () => {
    const seances = [{ session: { ...s('x', '2026-01-02'), deleted: true } }, { session: s('y', '2026-01-03') }, { session: s('z', '2026-01-01') }];
    expect(liveSeances(seances).map((x) => x.session.id)).toEqual(['z', 'y']);
  });
});
