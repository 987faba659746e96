// Bench: with 5,000 verbatims in the séance, Enter → the verbatim is stored and shown in the timeline.
import { render } from 'preact';
import { transact } from '../../src/db/write';
import type { PhaseIndex, VerbatimId } from '../../src/domain/types';
import { I18nContext, loadTexts, makeI18n } from '../../src/i18n';
import { newId } from '../../src/platform/ids';
import { NotesPane } from '../../src/ui/notes/NotesPane';
import '../../src/ui/styles.css';
import { seedParticipants } from './seed';
import { summarise, type Summary } from './stats';

/** Resolve when `text` is in the page (a MutationObserver: no polling interval in the figure). */
function shown(root: HTMLElement, text: string): Promise<void> {
  return new Promise((resolve) => {
    const found = () => [...root.querySelectorAll('.verbatim-text')].some((p) => p.textContent === text);
    if (found()) return resolve();
    const observer = new MutationObserver(() => {
      if (found()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

export async function verbatimEnter(): Promise<Record<string, Summary>> {
  const { sessionId, participants } = await seedParticipants(10);
  // The app loads these texts with the screen; measured with them, as a person sees it.
  await loadTexts('notes');
  const t0 = Date.now() - 2 * 3600_000;
  await transact(['verbatims'], async (w) => {
    for (let i = 0; i < 5000; i++) {
      const p = participants[i % participants.length]!;
      await w.create('verbatims', newId<VerbatimId>(), sessionId, {
        phase: ((i % 5) + 1) as PhaseIndex,
        speaker: p.id,
        speakerName: p.pseudonym,
        text: `Verbatim ${i} : on attend longtemps au guichet, et personne ne sait où aller.`,
        capturedAt: t0 + i * 1000,
        tags: i % 3 === 0 ? ['irritant'] : [],
        key: i % 50 === 0,
        kind: 'verbatim',
      });
    }
  });
  const root = document.createElement('div');
  root.style.height = '700px';
  document.body.append(root);
  render(
    <I18nContext.Provider value={makeI18n('fr')}>
      <NotesPane sessionId={sessionId} phase={3} participants={participants} everyone={participants} floor={participants[0]!.id} />
    </I18nContext.Provider>,
    root,
  );
  await new Promise((r) => setTimeout(r, 1500));
  const field = root.querySelector<HTMLTextAreaElement>('#verbatim-field')!;
  const samples: number[] = [];
  for (let i = 0; i < 60; i++) {
    const text = `Nouveau verbatim ${i} — « c’est le troisième rendez-vous annulé ».`;
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    const start = performance.now();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await shown(root, text);
    // To the frame after it shows: layout, the scroll to the bottom and the paint are part of what a person waits for.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    samples.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 30));
  }
  return { 'NotesPane alone, Enter → frame after it shows': summarise(samples) };
}
