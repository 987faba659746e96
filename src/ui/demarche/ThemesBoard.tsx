// The consolidated themes of a démarche: regroupements of every séance gathered into themes by finger, mouse or keyboard (drag, or « Déplacer vers… »), with suggestions never applied alone.
import { DndContext, DragOverlay, pointerWithin, type Announcements, type CollisionDetection, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useState } from 'preact/hooks';
import { createTheme, createThemeWith, deleteTheme, moveTheme, placeGroup, takeOutGroup, type ThemeProblem } from '../../actions/themes';
import type { DemarcheData } from '../../db/demarcheReads';
import { suggestSimilar } from '../../domain/similar';
import { groupThemes, type Regroupement } from '../../domain/themeGrouping';
import type { Theme, ThemeId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { underKeyboard, useBoardSensors } from '../board/dndSensors';
import { publicLabel, seanceLabel } from './labels';
import { MoveGroupDialog, type MoveChoice } from './MoveGroupDialog';
import { RegroupementItem, regroupementName, type ThemeHint } from './RegroupementItem';
import { NewThemeTarget, ThemeSection, UnthemedArea } from './ThemeAreas';
import { dragKey, parseDrag, parseDrop, type ThemeDrop } from './themeDnd';
// The board's look (.area-title, .count-badge, « Déplacer vers… »'s .move-option), shared rather than copied.
import '../board/board.css';
import './themes.css';

/** Under a finger or mouse, the area under the pointer; with the keyboard, the area the grip was moved onto (the board's rule). */
const collide: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : underKeyboard(args));

/** After a move the regroupement is drawn anew in its new area: focus follows it there (a few frames at most). */
function follow(key: string, part: string) {
  let frames = 0;
  const before = document.querySelector(`[data-regroupement="${key}"]`);
  const look = () => {
    const el = document.querySelector(`[data-regroupement="${key}"]`);
    if ((el && el !== before) || frames++ > 30) el?.querySelector<HTMLElement>(part)?.focus();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

export function ThemesBoard({ data }: { data: DemarcheData }) {
  const { t } = useI18n();
  const d = data.demarche.id;
  const sensors = useBoardSensors();
  const grouping = useMemo(() => groupThemes(data.themes, data.links, data.seances), [data.themes, data.links, data.seances]);
  const suggestions = useMemo(() => suggestSimilar(grouping), [grouping]);
  const seances = useMemo(() => new Map(data.seances.map((s) => [s.session.id as string, { label: seanceLabel(s.session, t), audience: publicLabel(s.session.audience, t) }])), [data.seances, t]);
  const all = useMemo(() => [...grouping.unthemed, ...grouping.themes.flatMap((x) => x.regroupements)], [grouping]);
  const themeOf = useMemo(() => {
    const m = new Map<string, ThemeId>();
    for (const x of grouping.themes) for (const r of x.regroupements) m.set(dragKey(r.sessionId, r.groupId), x.theme.id as ThemeId);
    return m;
  }, [grouping]);

  const [moving, setMoving] = useState<Regroupement | null>(null);
  const [lifted, setLifted] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ theme: Theme; count: number } | null>(null);
  const [focusTheme, setFocusTheme] = useState<ThemeId | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [newProblem, setNewProblem] = useState<string | null>(null);

  const untitled = () => t('consolidation.themes.untitled', { n: grouping.themes.length + 1 });
  const say = (p: ThemeProblem) => t(`consolidation.themes.problem.${p}`);

  /** Where a regroupement goes; a refusal is said, nothing is changed. */
  const place = async (r: Regroupement, to: ThemeDrop | MoveChoice, title = untitled()): Promise<boolean> => {
    if (to.kind === 'unthemed') {
      await takeOutGroup(r.groupId);
      return true;
    }
    const result = to.kind === 'theme' ? await placeGroup(r.groupId, to.id) : await createThemeWith(d, 'title' in to && to.title.trim() !== '' ? to.title : title, r.groupId);
    if (!result.ok) {
      setProblem(say(result.problem));
      return false;
    }
    setProblem(null);
    if (to.kind === 'newTheme') setFocusTheme(result.id as ThemeId);
    return true;
  };

  const byKey = (key: string | number) => {
    const k = parseDrag(key);
    return k ? all.find((r) => r.sessionId === k.sessionId && r.groupId === k.groupId) : undefined;
  };
  const onDragStart = ({ active }: DragStartEvent) => setLifted(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setLifted(null);
    const r = byKey(active.id);
    const to = parseDrop(over?.id);
    if (!r || !to) return;
    const key = String(active.id);
    // The same area it came from: nothing to write.
    const from = themeOf.get(key) ?? null;
    if ((to.kind === 'unthemed' && from === null) || (to.kind === 'theme' && to.id === from)) return;
    const byKeys = document.activeElement?.classList.contains('regroupement-grip');
    void place(r, to).then((ok) => ok && byKeys && to.kind !== 'newTheme' && follow(key, '.regroupement-grip'));
  };

  const nameOf = (r: Regroupement) => regroupementName(r, t('consolidation.themes.untitledGroup'));
  const where = (key: string | number) => {
    const to = parseDrop(key);
    if (to?.kind === 'theme') return grouping.themes.find((x) => x.theme.id === to.id)?.theme.title ?? '';
    return to?.kind === 'newTheme' ? t('consolidation.themes.newOption') : t('consolidation.themes.unthemed');
  };
  const what = (key: string | number) => {
    const r = byKey(key);
    return r ? nameOf(r) : '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('consolidation.themes.dnd.picked', { what: what(active.id) }),
    onDragOver: ({ over }) => (over ? t('consolidation.themes.dnd.over', { where: where(over.id) }) : t('consolidation.themes.dnd.nowhere')),
    onDragEnd: ({ active, over }) => (over ? t('consolidation.themes.dnd.dropped', { what: what(active.id), where: where(over.id) }) : t('consolidation.themes.dnd.cancelled')),
    onDragCancel: () => t('consolidation.themes.dnd.cancelled'),
  };

  const item = (r: Regroupement, hints: readonly ThemeHint[]) => {
    const s = seances.get(r.sessionId);
    const key = dragKey(r.sessionId, r.groupId);
    return (
      <RegroupementItem
        key={key}
        r={r}
        seance={s?.label ?? ''}
        audience={s?.audience ?? ''}
        hints={hints}
        lifted={lifted === key}
        onMove={(x) => {
          setProblem(null);
          setMoving(x);
        }}
        onAccept={(x, themeId) => void place(x, { kind: 'theme', id: themeId })}
      />
    );
  };
  const hintsOf = (r: Regroupement): ThemeHint[] => {
    const out: ThemeHint[] = [];
    for (const s of suggestions) {
      if (s.sessionId !== r.sessionId || s.groupId !== r.groupId || s.target.kind !== 'theme') continue;
      const themeId = s.target.themeId;
      const theme = grouping.themes.find((x) => x.theme.id === themeId);
      // Two at most: the closest themes; more would bury the regroupement under its hints.
      if (theme && out.length < 2) out.push({ themeId: themeId as ThemeId, title: theme.theme.title });
    }
    return out;
  };

  const create = async (e: Event) => {
    e.preventDefault();
    const result = await createTheme(d, newTitle.trim() === '' ? untitled() : newTitle);
    if (!result.ok) return setNewProblem(say(result.problem));
    setNewProblem(null);
    setNewTitle('');
  };

  const draggedItem = lifted ? byKey(lifted) : undefined;
  if (all.length === 0 && grouping.themes.length === 0) return <p class="hint themes-none">{t('consolidation.themes.none')}</p>;
  return (
    <>
      <p class="hint themes-intro">{t('consolidation.themes.intro')}</p>
      <p id="themes-dnd-help" class="visually-hidden">
        {t('consolidation.themes.dndHelp')}
      </p>
      {problem && !moving && (
        <p class="error-text" role="alert">
          {problem}
        </p>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collide}
        autoScroll={{ threshold: { x: 0, y: 0.1 } }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setLifted(null)}
        accessibility={{
          screenReaderInstructions: { draggable: t('consolidation.themes.dndHelp') },
          announcements,
        }}
      >
        <div class="themes-board">
          <UnthemedArea count={grouping.unthemed.length}>{grouping.unthemed.map((r) => item(r, hintsOf(r)))}</UnthemedArea>
          <section class="themes-list" aria-labelledby="themes-list-title">
            <h2 id="themes-list-title" class="area-title">
              {t('consolidation.themes.list')} <span class="count-badge">{grouping.themes.length}</span>
            </h2>
            <ul class="theme-areas">
              {grouping.themes.map((x, i) => (
                <ThemeSection
                  key={x.theme.id}
                  theme={x.theme}
                  count={x.regroupements.length}
                  first={i === 0}
                  last={i === grouping.themes.length - 1}
                  autoFocus={focusTheme === x.theme.id}
                  onStep={(delta) => void moveTheme(x.theme.id, delta)}
                  onDelete={() => setDeleting({ theme: x.theme, count: x.regroupements.length })}
                >
                  {x.regroupements.map((r) => item(r, []))}
                </ThemeSection>
              ))}
              <NewThemeTarget>
                <form class="theme-create" onSubmit={(e) => void create(e)}>
                  <div class="field">
                    <label for="new-theme-title">{t('consolidation.themes.newTitle')}</label>
                    <input
                      id="new-theme-title"
                      type="text"
                      dir="auto"
                      value={newTitle}
                      placeholder={untitled()}
                      maxLength={200}
                      aria-invalid={newProblem ? true : undefined}
                      onInput={(e) => setNewTitle(e.currentTarget.value)}
                      autoComplete="off"
                    />
                  </div>
                  <button type="submit" class="btn btn-primary">
                    {t('consolidation.themes.create')}
                  </button>
                  {newProblem && (
                    <p class="error-text" role="alert">
                      {newProblem}
                    </p>
                  )}
                </form>
              </NewThemeTarget>
            </ul>
          </section>
        </div>
        <DragOverlay dropAnimation={null}>
          {draggedItem && (
            <div class="regroupement regroupement-overlay">
              <p class="regroupement-title">{nameOf(draggedItem)}</p>
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {moving && (
        <MoveGroupDialog
          name={nameOf(moving)}
          current={themeOf.get(dragKey(moving.sessionId, moving.groupId)) ?? null}
          themes={grouping.themes.map((x) => ({ theme: x.theme, count: x.regroupements.length }))}
          defaultTitle={untitled()}
          problem={problem}
          onClose={() => setMoving(null)}
          onChoose={(choice) => {
            const r = moving;
            void place(r, choice).then((ok) => {
              if (!ok) return;
              setMoving(null);
              if (choice.kind !== 'newTheme') follow(dragKey(r.sessionId, r.groupId), '.regroupement-move');
            });
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('consolidation.themes.deleteTitle', { name: deleting.theme.title })}
          confirmLabel={t('consolidation.themes.deleteConfirm')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            void deleteTheme(deleting.theme.id);
            setDeleting(null);
          }}
        >
          <p>{t(countKey('consolidation.themes.deleteBody', deleting.count), { n: deleting.count })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
