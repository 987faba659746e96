// Route "demarche", tab dit: irritants, attentes, idées, points positifs of every séance with counts and séances, and the mirror side by side per theme (MirrorView).
import { useMemo, useState } from 'preact/hooks';
import { consolidate, mirrorByTheme, type CategoryBlock, type ConsolidatedItem, type SeanceRef } from '../../domain/consolidate';
import { groupThemes } from '../../domain/themeGrouping';
import type { DemarcheId } from '../../domain/types';
import type { DemarcheData } from '../../db/demarcheReads';
import { useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { attribution, seanceName } from './attribution';
import { DemarcheFrame } from './DemarcheFrame';
import { MirrorView } from './MirrorView';

/** Items shown per category before « Voir tout »: enough to read the tone, short enough to scroll past. */
const FIRST = 5;

export function SaidScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="dit" title="demarche.dit.title">
      {(data) => <Said id={id} data={data} />}
    </DemarcheFrame>
  );
}

function Said({ id, data }: { id: DemarcheId; data: DemarcheData }) {
  const { t, intl } = useI18n();
  const consolidation = useMemo(() => consolidate(data.seances), [data]);
  const mirror = useMemo(() => mirrorByTheme(groupThemes(data.themes, data.links, data.seances), data.seances), [data]);
  const seances = new Map(consolidation.seances.map((s) => [s.id as string, s]));
  const n = consolidation.seances.length;
  return (
    <>
      <p class="demarche-lead">{n === 0 ? t('demarche.dit.noSeance') : t(n === 1 ? 'demarche.dit.lead.one' : 'demarche.dit.lead', { n: formatCount(n, intl) })}</p>
      {n > 0 && (
        <div class="said-categories">
          {consolidation.categories.map((c) => (
            <CategoryView key={c.category} block={c} seances={seances} />
          ))}
        </div>
      )}
      {n > 0 && <MirrorView id={id} mirror={mirror} seances={seances} />}
    </>
  );
}

function CategoryView({ block, seances }: { block: CategoryBlock; seances: Map<string, SeanceRef> }) {
  const { t, intl } = useI18n();
  const [all, setAll] = useState(false);
  const headingId = `said-${block.category}`;
  const shown = all ? block.items : block.items.slice(0, FIRST);
  // Grouped per séance, in séance order (the items already are).
  const bySeance: { sessionId: string; items: ConsolidatedItem[] }[] = [];
  for (const item of shown) {
    const last = bySeance[bySeance.length - 1];
    if (last && last.sessionId === item.sessionId) last.items.push(item);
    else bySeance.push({ sessionId: item.sessionId, items: [item] });
  }
  const countWords = (n: number, key: 'demarche.dit.verbatims' | 'demarche.dit.postits') => (n === 0 ? t(`${key}.zero`) : n === 1 ? t(`${key}.one`) : t(key, { n: formatCount(n, intl) }));
  const from = block.seances.map((s) => seanceName(seances.get(s.sessionId)!, { t, intl })).join(', ');
  return (
    <section class={`said-category said-${block.category}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`demarche.dit.cat.${block.category}`)} <span class="said-count">{formatCount(block.count, intl)}</span>
      </h2>
      {block.count === 0 ? (
        <p class="hint">{t('demarche.dit.cat.empty')}</p>
      ) : (
        <>
          <p class="hint">{t('demarche.dit.cat.detail', { verbatims: countWords(block.verbatims, 'demarche.dit.verbatims'), postits: countWords(block.postits, 'demarche.dit.postits'), from })}</p>
          {bySeance.map((g) => (
            <div key={g.sessionId} class="said-seance">
              <h3>{attribution(seances.get(g.sessionId), { t, intl })}</h3>
              <ul>
                {g.items.map((item) => (
                  <li key={item.id} class={item.source === 'verbatim' ? 'said-verbatim' : 'said-postit'}>
                    {item.source === 'verbatim' ? `«\u00a0${item.text}\u00a0»` : item.text}
                    <span class="visually-hidden">{item.source === 'verbatim' ? ` (${t('demarche.dit.verbatim')})` : ` (${t('demarche.dit.postit')})`}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {block.items.length > FIRST && (
            <button type="button" class="btn btn-tertiary" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('demarche.dit.less') : t('demarche.dit.all', { n: formatCount(block.items.length, intl) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
