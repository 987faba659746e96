// One regroupement of a séance on the themes screen: its title, séance and public, post-it count; a grip to drag it, « Déplacer vers… », and the suggestions for it.
import { useDraggable } from '@dnd-kit/core';
import type { Regroupement } from '../../domain/themeGrouping';
import type { ThemeId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { dragKey } from './themeDnd';

/** A theme this regroupement resembles, offered beside it: « Proche de <thème> » and « Ajouter ». */
export interface ThemeHint {
  themeId: ThemeId;
  title: string;
}

interface Props {
  r: Regroupement;
  seance: string;
  audience: string;
  hints: readonly ThemeHint[];
  lifted: boolean;
  onMove: (r: Regroupement) => void;
  onAccept: (r: Regroupement, themeId: ThemeId) => void;
}

export const regroupementName = (r: Regroupement, untitled: string) => r.title.trim() || untitled;

export function RegroupementItem({ r, seance, audience, hints, lifted, onMove, onAccept }: Props) {
  const { t } = useI18n();
  const key = dragKey(r.sessionId, r.groupId);
  const drag = useDraggable({ id: key });
  const name = regroupementName(r, t('consolidation.themes.untitledGroup'));
  const n = r.cards.length;
  return (
    <li class={`regroupement${lifted ? ' is-lifted' : ''}`} ref={drag.setNodeRef} data-regroupement={key}>
      <div class="regroupement-main">
        <button
          type="button"
          class="btn-icon regroupement-grip"
          ref={drag.setActivatorNodeRef}
          {...(drag.listeners as object)}
          {...(drag.attributes as object)}
          aria-label={t('consolidation.themes.grip', { name })}
          aria-describedby="themes-dnd-help"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div class="regroupement-text">
          <p class="regroupement-title" dir="auto">
            {name}
          </p>
          <p class="regroupement-meta">
            {audience ? t('consolidation.themes.from', { seance, audience }) : seance}
            {' · '}
            {t(countKey('consolidation.themes.cards', n), { n })}
          </p>
        </div>
        <button type="button" class="btn btn-tertiary regroupement-move" onClick={() => onMove(r)} aria-label={t('consolidation.themes.moveOne', { name })}>
          {t('consolidation.themes.move')}
        </button>
      </div>
      {hints.length > 0 && (
        <ul class="regroupement-hints" aria-label={t('consolidation.themes.hints', { name })}>
          {hints.map((h) => (
            <li key={h.themeId}>
              <span>{t('consolidation.themes.near', { theme: h.title })}</span>
              <button type="button" class="btn btn-secondary" onClick={() => onAccept(r, h.themeId)} aria-label={t('consolidation.themes.accept', { name, theme: h.title })}>
                {t('consolidation.themes.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
