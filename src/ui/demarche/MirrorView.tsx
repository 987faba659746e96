// « En miroir »: for each consolidated theme, what each public said side by side, a few quotes each and the rest on « Voir tout ».
import { useState } from 'preact/hooks';
import type { MirrorCell, SeanceRef, ThemeMirror } from '../../domain/consolidate';
import type { DemarcheId, Theme } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { routeHref } from '../common/routes';
import { attribution } from './attribution';

/** Quotes per public before « Voir tout »: the tone of each side, and the themes still fit on a screen. */
export const MIRROR_QUOTES = 3;

export function MirrorView({ id, mirror, seances }: { id: DemarcheId; mirror: ThemeMirror<Theme>[]; seances: Map<string, SeanceRef> }) {
  const { t } = useI18n();
  return (
    <section class="said-mirror" aria-labelledby="said-mirror-title">
      <h2 id="said-mirror-title">{t('demarche.mirror.title')}</h2>
      {mirror.length === 0 ? (
        <p>
          {t('demarche.mirror.noTheme')} <a href={routeHref({ name: 'demarche', id, tab: 'themes', print: false })}>{t('demarche.mirror.toThemes')}</a>
        </p>
      ) : (
        mirror.map((m) => (
          <section key={m.theme.id} class="mirror-theme" aria-labelledby={`mirror-${m.theme.id}`}>
            <h3 id={`mirror-${m.theme.id}`}>{m.theme.title || t('demarche.theme.untitled')}</h3>
            <div class="mirror-row">
              {m.cells.map((cell) => (
                <MirrorCellView key={cell.audience ?? 'none'} cellId={`mirror-${m.theme.id}-${cell.audience ?? 'none'}`} cell={cell} seances={seances} />
              ))}
            </div>
          </section>
        ))
      )}
    </section>
  );
}

function MirrorCellView({ cellId, cell, seances }: { cellId: string; cell: MirrorCell; seances: Map<string, SeanceRef> }) {
  const { t, intl } = useI18n();
  const [all, setAll] = useState(false);
  const heading = cell.audience === null ? t('demarche.public.none') : t(`field.audience.${cell.audience}`);
  const quotes = all ? cell.quotes : cell.quotes.slice(0, MIRROR_QUOTES);
  return (
    <div class="mirror-cell">
      <h4 id={`${cellId}-h`}>{heading}</h4>
      {cell.regroupements.length === 0 ? (
        <p class="hint">{t('demarche.mirror.nothing')}</p>
      ) : (
        <>
          <p class="hint">{cell.regroupements.map((r) => r.title || t('demarche.regroupement.untitled')).join(' · ')}</p>
          <p class="mirror-counts">{(['irritant', 'attente', 'idee', 'positif'] as const).filter((k) => cell.counts[k] > 0).map((k) => `${t(`board.kind.${k}`)} ${formatCount(cell.counts[k], intl)}`).join(' · ')}</p>
          {quotes.length > 0 && (
            <ul class="mirror-quotes" id={`${cellId}-q`}>
              {quotes.map((q) => (
                <li key={q.id}>
                  <blockquote>{`«\u00a0${q.text}\u00a0»`}</blockquote>
                  <p class="hint">{attribution(seances.get(q.sessionId), { t, intl })}</p>
                </li>
              ))}
            </ul>
          )}
          {cell.quotes.length > MIRROR_QUOTES && (
            // Named by its count, told apart from the other publics' by the cell's heading (many on one screen).
            <button type="button" class="btn btn-tertiary mirror-more" aria-expanded={all} aria-controls={`${cellId}-q`} aria-describedby={`${cellId}-h`} onClick={() => setAll(!all)}>
              {all ? t('demarche.dit.less') : t('demarche.dit.all', { n: formatCount(cell.quotes.length, intl) })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
