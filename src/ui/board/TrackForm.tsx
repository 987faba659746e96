// A new piste d'amélioration: a title, a short description and the groups it comes from.
import { useState } from 'preact/hooks';
import { createTrack } from '../../actions/tracks';
import { LIMITS } from '../../domain/limits';
import type { Card, Group, GroupId, SessionId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';

interface Props {
  sessionId: SessionId;
  groups: readonly Group[];
  cards: readonly Card[];
}

export function TrackForm({ sessionId, groups, cards }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [from, setFrom] = useState<ReadonlySet<GroupId>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const chosen = groups.filter((g) => from.has(g.id)).map((g) => g.id);
    // A piste named after its groups when the title is left empty: tapping groups then "Créer" is enough.
    const named = title.trim() || groups.filter((g) => from.has(g.id)).map((g) => g.title.trim()).filter(Boolean).join(' · ');
    const result = await createTrack(sessionId, { title: named, description, groupIds: chosen });
    if (!result.ok) return setMessage({ text: t('board.tracks.form.emptyTitle'), error: true });
    // Only what was sent is cleared: a next title typed while the write ran is kept.
    setTitle((now) => (now === title ? '' : now));
    setDescription((now) => (now === description ? '' : now));
    setFrom((now) => (now === from ? new Set() : now));
    setMessage({ text: result.truncated ? t('board.tracks.form.truncated') : t('board.tracks.form.done', { title: named }), error: result.truncated });
  };

  const toggle = (id: GroupId, on: boolean) => setFrom((s) => new Set(on ? [...s, id] : [...s].filter((x) => x !== id)));
  return (
    <form class="track-form area" aria-labelledby="track-form-title" onSubmit={(e) => void submit(e)}>
      <h2 id="track-form-title" class="area-title">
        {t('board.tracks.form.title')}
      </h2>
      <fieldset class="track-groups">
        <legend>{t('board.tracks.form.groups')}</legend>
        {groups.length === 0 && <p class="hint">{t('board.tracks.form.noGroups')}</p>}
        {groups.map((g) => {
          const n = cards.filter((c) => c.groupId === g.id).length;
          return (
            <label key={g.id} class={`choice ${from.has(g.id) ? 'is-checked' : ''}`}>
              <input type="checkbox" checked={from.has(g.id)} onChange={(e) => toggle(g.id, e.currentTarget.checked)} />
              <span dir="auto">{g.title.trim() || t('board.group.noName')}</span>
              <span class="count-badge">{t(countKey('board.cards.count', n), { n })}</span>
            </label>
          );
        })}
      </fieldset>
      <div class="field">
        <label for="track-new-title">{t('board.tracks.form.newTitle')}</label>
        <p class="hint" id="track-new-title-hint">
          {t('board.tracks.form.titleHint')}
        </p>
        <input id="track-new-title" type="text" dir="auto" value={title} aria-describedby="track-new-title-hint" onInput={(e) => setTitle(e.currentTarget.value)} autoComplete="off" />
      </div>
      <div class="field">
        <label for="track-new-description">{t('board.tracks.field.description')}</label>
        <textarea id="track-new-description" dir="auto" rows={2} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        {description.length > LIMITS.trackDescription && <p class="error-text">{t('common.tooLong', { max: LIMITS.trackDescription })}</p>}
      </div>
      <button type="submit" class="btn btn-primary">
        {t('board.tracks.form.submit')}
      </button>
      <p class="error-text add-msg" role="alert">
        {message?.error ? message.text : ''}
      </p>
      <p class="success-text add-msg" role="status">
        {message && !message.error ? message.text : ''}
      </p>
    </form>
  );
}
