// Bench: the post-it board with 300 post-its — first render, then the script and layout of each drag frame.
import { options, render } from 'preact';
import { transact } from '../../src/db/write';
import { POLARITY, CARD_KINDS } from '../../src/domain/board';
import type { CardId, GroupId } from '../../src/domain/types';
import { I18nContext, loadTexts, makeI18n } from '../../src/i18n';
import { newId } from '../../src/platform/ids';
import { BoardView } from '../../src/ui/board/BoardView';
import { loadBoard } from '../../src/ui/board/useBoardData';
import '../../src/ui/styles.css';
import '../../src/ui/board/board.css';
import { freshSession } from './seed';
import { summarise, type Summary } from './stats';

const GROUPS = 20;
const PER_GROUP = 12;
const UNSORTED = 60;

async function seed() {
  const sessionId = await freshSession();
  await transact(['cards', 'groups'], async (w) => {
    const groups: GroupId[] = [];
    for (let g = 0; g < GROUPS; g++) {
      const id = newId<GroupId>();
      groups.push(id);
      await w.create('groups', id, sessionId, { title: `Regroupement ${g + 1} : accueil, horaires et démarches`, order: g });
    }
    for (let i = 0; i < GROUPS * PER_GROUP + UNSORTED; i++) {
      const kind = CARD_KINDS[i % 4]!;
      const groupId = i < GROUPS * PER_GROUP ? groups[Math.floor(i / PER_GROUP)]! : null;
      const text = `Post-it ${i + 1} : on attend trop longtemps au guichet le lundi matin${i % 3 === 0 ? ', et personne ne répond au téléphone avant dix heures' : ''}`;
      await w.create('cards', newId<CardId>(), sessionId, { text, kind, polarity: POLARITY[kind], groupId, order: i % PER_GROUP, sourceVerbatimId: null, onBehalfOf: null });
    }
  });
  const data = await loadBoard(sessionId);
  if (!data || data.cards.length !== GROUPS * PER_GROUP + UNSORTED) throw new Error('board seed failed');
  return data;
}

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
const pointer = (type: string, x: number, y: number) =>
  new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1 });

export async function board(): Promise<Record<string, Summary>> {
  const data = await seed();
  // The app loads these texts with the screen; measured with them, as a person sees it.
  await loadTexts('board');
  // Preact batches state updates into one render and runs effects after paint; here both wait in queues
  // that `settle()` drains at once, so a measured span holds all the script work one event causes, batched as in the app.
  const renders: (() => void)[] = [];
  const effects: (() => void)[] = [];
  options.debounceRendering = (cb) => void renders.push(cb);
  (options as { requestAnimationFrame?: (cb: () => void) => void }).requestAnimationFrame = (cb) => void effects.push(cb);
  const settle = () => {
    while (renders.length > 0 || effects.length > 0) (renders.shift() ?? effects.shift())!();
  };
  const view = (
    <I18nContext.Provider value={makeI18n('fr')}>
      <main class="board-page board-page-postits">
        <BoardView data={data} />
      </main>
    </I18nContext.Provider>
  );

  const firsts: number[] = [];
  let root = document.createElement('div');
  for (let run = 0; run < 5; run++) {
    root = document.createElement('div');
    document.body.append(root);
    await frame();
    const t0 = performance.now();
    render(view, root);
    settle();
    void root.getBoundingClientRect().height; // style and layout of 300 post-its are part of the first render
    firsts.push(performance.now() - t0);
    if (run < 4) {
      render(null, root);
      settle();
      root.remove();
    }
  }

  const cards = [...root.querySelectorAll<HTMLElement>('li[data-card]')];
  if (cards.length !== GROUPS * PER_GROUP + UNSORTED) throw new Error(`rendered ${cards.length} post-its`);
  const targets = [...root.querySelectorAll<HTMLElement>('.area-group li[data-card]')].slice(0, 24);
  const frames: number[] = [];
  let reached = false;
  for (let drag = 0; drag < 3; drag++) {
    const source = root.querySelectorAll<HTMLElement>('.area-unsorted li[data-card]')[drag]!;
    const from = source.getBoundingClientRect();
    let x = from.left + from.width / 2;
    let y = from.top + from.height / 2;
    source.dispatchEvent(pointer('pointerdown', x, y));
    document.dispatchEvent(pointer('pointermove', x + 12, y + 12)); // past the 8 px activation distance
    settle();
    await frame();
    // Wander over group post-its: the target under the pointer changes often, the costly case.
    for (const target of targets) {
      const to = target.getBoundingClientRect();
      const tx = to.left + to.width / 2;
      const ty = to.top + to.height / 2;
      for (let step = 1; step <= 5; step++) {
        await frame();
        const t0 = performance.now();
        document.dispatchEvent(pointer('pointermove', x + ((tx - x) * step) / 5, y + ((ty - y) * step) / 5));
        settle();
        void document.body.getBoundingClientRect().height;
        frames.push(performance.now() - t0);
      }
      x = tx;
      y = ty;
      reached ||= root.querySelector('.postit.is-over') !== null;
    }
    if (!reached) throw new Error('the drag never reached a post-it');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
    settle();
    await frame();
  }
  return { firstRender: summarise(firsts.slice(0, 1)), firstRenderWarm: summarise(firsts.slice(1)), drag: summarise(frames) };
}
