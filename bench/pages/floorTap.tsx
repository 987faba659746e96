// Bench: tap a participant → floor shown, with 10 participants and 2,000 stored turns (script time per tap).
import { options, render } from 'preact';
import { seedParticipants } from './seed';
import { transact } from '../../src/db/write';
import { recordsOf } from '../../src/db/queries';
import type { TurnId } from '../../src/domain/types';
import { I18nContext, loadTexts, makeI18n } from '../../src/i18n';
import { newId } from '../../src/platform/ids';
import { TalkPanel } from '../../src/ui/room/TalkPanel';
import { summarise, type Summary } from './stats';

export async function floorTap(): Promise<Record<string, Summary>> {
  const { sessionId, participants } = await seedParticipants(10);
  // The app loads these texts with the screen; measured with them, as a person sees it.
  await loadTexts('room');
  const t0 = Date.now() - 3 * 3600_000;
  await transact(['turns'], async (w) => {
    for (let i = 0; i < 2000; i++) {
      const speaker = i % 11 === 10 ? 'animateur' : participants[i % 11]!.id;
      await w.create('turns', newId<TurnId>(), sessionId, { phase: 3, speaker, startedAt: t0 + i * 5000, endedAt: t0 + i * 5000 + 4000 });
    }
  });
  const session = (await recordsOf('sessions', sessionId))[0]!;
  const turns = (await recordsOf('turns', sessionId)).sort((a, b) => a.startedAt - b.startedAt);
  const root = document.createElement('div');
  document.body.append(root);
  // Render synchronously so the measured span is exactly the script work of one tap.
  options.debounceRendering = (cb) => cb();
  const view = (list = turns) => (
    <I18nContext.Provider value={makeI18n('fr')}>
      <TalkPanel session={{ ...session, currentPhase: 3, status: 'en_cours' }} phase={3} participants={participants} everyone={participants} turns={list} now={Date.now()} flagLeastHeard />
    </I18nContext.Provider>
  );
  render(view(), root);
  const tiles = [...root.querySelectorAll<HTMLButtonElement>('.speaker-tile')];
  const banner = root.querySelector('[data-testid="floor"]')!;
  const taps: number[] = [];
  const rerenders: number[] = [];
  for (let i = 0; i < 120; i++) {
    const tile = tiles[i % tiles.length]!;
    const before = banner.textContent;
    const start = performance.now();
    tile.click();
    taps.push(performance.now() - start);
    if (banner.textContent === before) throw new Error(`the floor did not change on tap ${i}: ${before}`);
    // The stored turn comes back through the live query: one more render with the new list.
    await new Promise((r) => setTimeout(r, 5));
    const next = [...turns, { ...turns[turns.length - 1]!, id: newId<TurnId>(), startedAt: Date.now(), endedAt: null }];
    const again = performance.now();
    render(view(next), root);
    rerenders.push(performance.now() - again);
  }
  return { 'tap → floor shown (script)': summarise(taps), 'stored turn → re-render (script)': summarise(rerenders) };
}
