// Talk-turn tracking: who has the floor, each person's time, the least heard, the balance, undo.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { giveFloor } from '../../actions/room';
import { balance, leastHeard, talkStats, turnDuration } from '../../domain/talk';
import type { Participant, PhaseIndex, Session, Speaker, Turn } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatClock, formatPercent } from '../../i18n/format';
import { now as clockNow } from '../../platform/clock';
import { SpeakerTile } from './SpeakerTile';
import { TalkActions } from './TalkActions';

const DOUBLE_TAP_MS = 600;

interface Props {
  session: Session;
  phase: PhaseIndex;
  participants: readonly Participant[];
  everyone: readonly Participant[];
  turns: readonly Turn[];
  now: number;
  /** The least heard are flagged only in phases where everyone is meant to speak. */
  flagLeastHeard: boolean;
  /** Beside the notes: small tiles and no hints, so ten people and the animateur fit without scrolling. */
  compact?: boolean;
}

export function TalkPanel({ session, phase, participants, everyone, turns, now, flagLeastHeard, compact = false }: Props) {
  const { t, intl } = useI18n();
  // The tap shows at once; it holds until the stored turns change, which confirm (or undo) it.
  const [optimistic, setOptimistic] = useState<{ speaker: Speaker | null; basedOn: readonly Turn[] } | null>(null);

  const open = turns.find((x) => x.endedAt === null);
  const floor = optimistic?.basedOn === turns ? optimistic.speaker : (open?.speaker ?? null);
  const phaseTurns = turns.filter((x) => x.phase === phase);
  const phaseStats = talkStats(phaseTurns, now);
  const sessionStats = talkStats(turns, now);
  const ids = participants.map((p) => p.id);
  const solicit = new Set(flagLeastHeard ? leastHeard(ids, phaseStats) : []);
  const evenness = balance(ids, phaseStats);
  const nameOf = (s: Speaker) => (s === 'animateur' ? t('talk.animateur') : nameOfParticipant(everyone, s, t));
  const closed = session.status === 'terminee';
  const lastTurn = open ?? phaseTurns[phaseTurns.length - 1];

  const lastTap = useRef<{ speaker: Speaker; at: number } | null>(null);
  const tap = (speaker: Speaker) => {
    if (closed) return;
    // A finger that bounces (double tap) must not give and take back the floor in the same breath.
    const at = clockNow();
    if (lastTap.current?.speaker === speaker && at - lastTap.current.at < DOUBLE_TAP_MS) return;
    lastTap.current = { speaker, at };
    setOptimistic({ speaker: floor === speaker ? null : speaker, basedOn: turns });
    void giveFloor(session.id, speaker);
  };

  // Layout effect: the shortcuts work from the very first frame the tiles are on screen.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest('input, textarea, select, [contenteditable], [role="dialog"], [role="alertdialog"]')) return;
      if (!/^[0-9]$/.test(e.key)) return;
      const n = Number(e.key);
      const speaker = n === 0 ? 'animateur' : participants[n - 1]?.id;
      if (!speaker) return;
      e.preventDefault();
      tap(speaker);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section class={`talk-panel ${compact ? 'is-compact' : ''}`} aria-labelledby="talk-title">
      <div class="talk-head">
        <h2 id="talk-title" class={compact ? 'visually-hidden' : ''}>
          {t('talk.title')}
        </h2>
        <p class={`floor-banner ${floor ? 'has-floor' : ''}`} role="status" data-testid="floor">
          {floor === 'animateur' ? t('talk.floorToAnimateur') : floor ? t('talk.floorTo', { name: nameOf(floor) }) : t('talk.nobody')}
          {floor && open && open.speaker === floor && <span class="floor-time"> · {formatClock(turnDuration(open, now))}</span>}
        </p>
      </div>
      {participants.length === 0 && <p class="hint">{t('talk.noParticipants')}</p>}
      <ul class={`tiles tiles-${Math.min(participants.length + 1, 12)}`}>
        {participants.map((p, i) => (
          <SpeakerTile
            key={p.id}
            name={p.pseudonym}
            seat={i + 1}
            speaking={floor === p.id}
            solicit={solicit.has(p.id) && floor !== p.id}
            phase={phaseStats.get(p.id)}
            session={sessionStats.get(p.id)}
            currentTurnMs={open && open.speaker === p.id ? turnDuration(open, now) : 0}
            disabled={closed}
            compact={compact}
            onTap={() => tap(p.id)}
          />
        ))}
        <SpeakerTile
          name={t('talk.animateur')}
          seat={null}
          isAnimateur
          speaking={floor === 'animateur'}
          solicit={false}
          phase={phaseStats.get('animateur')}
          session={sessionStats.get('animateur')}
          currentTurnMs={open && open.speaker === 'animateur' ? turnDuration(open, now) : 0}
          disabled={closed}
          compact={compact}
          onTap={() => tap('animateur')}
        />
      </ul>
      <div class="talk-foot">
        {/* Beside the notes, « personne n'a encore parlé » is what the floor already says. */}
        <p class={`talk-figures ${compact && evenness === null ? 'visually-hidden' : ''}`}>
          <strong>{evenness === null ? t('talk.balance.none') : t('talk.balance', { value: formatPercent(evenness, intl) })}</strong>
          {' · '}
          {t('talk.animateurShare', { share: formatPercent(phaseStats.get('animateur')?.share ?? 0, intl) })}
        </p>
        {evenness !== null && !compact && <p class="hint">{t('talk.balance.hint')}</p>}
        {solicit.size > 0 && <p class="warning-text">{t('talk.solicitList', { names: [...solicit].map(nameOf).join(', ') })}</p>}
        {!closed && <TalkActions session={session} participants={participants} lastTurn={lastTurn} hasTurns={turns.length > 0} compact={compact} />}
      </div>
    </section>
  );
}

function nameOfParticipant(everyone: readonly Participant[], id: Speaker, t: ReturnType<typeof useI18n>['t']): string {
  const p = everyone.find((x) => x.id === id);
  if (!p) return '?';
  return p.deleted ? t('talk.removed', { name: p.pseudonym }) : p.pseudonym;
}
