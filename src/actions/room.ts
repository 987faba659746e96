// Use cases of the room: move between phases, pause, give the floor, undo a tap, close the séance.
import { latestTurns, openTurnOf, recordsOf } from '../db/queries';
import { transact, type Writer } from '../db/write';
import { enterPhase, leavePhase, pausePhase, resumePhase } from '../domain/phases';
import { skip } from '../domain/tour';
import type { ParticipantId, Phase, PhaseIndex, SessionId, Speaker, Turn, TurnId } from '../domain/types';
import { newId } from '../platform/ids';
import { makeQueue } from './queue';
import { tracked } from './status';

/**
 * Room actions run one after the other, in the order they were tapped: an "Annuler" tapped right
 * after a tile must see that tile's turn, whatever the storage engine does with timing.
 */
const inOrder = makeQueue();

async function phaseOf(sessionId: SessionId, index: PhaseIndex): Promise<Phase | undefined> {
  return (await recordsOf('phases', sessionId)).find((p) => p.index === index);
}

async function endOpenTurn(w: Writer, sessionId: SessionId): Promise<Turn | undefined> {
  const open = await openTurnOf(sessionId);
  if (open) await w.revise('turns', open, { endedAt: Math.max(open.startedAt, w.now) });
  return open;
}

/**
 * Go to a phase: its timer starts at this instant and the previous phase ends at the same instant
 * (facilitators forget to start timers). Whoever had the floor keeps it no longer.
 */
export function goToPhase(sessionId: SessionId, index: PhaseIndex): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:phase`, () =>
    transact(['sessions', 'phases', 'turns'], async (w) => {
      const session = await w.get('sessions', sessionId);
      if (!session || session.deleted || session.currentPhase === index) return;
      await endOpenTurn(w, sessionId);
      for (const phase of await recordsOf('phases', sessionId)) {
        const patch = phase.index === index ? enterPhase(phase, w.now) : leavePhase(phase, w.now);
        if (patch) await w.revise('phases', phase, patch);
      }
      await w.revise('sessions', session, {
        currentPhase: index,
        status: session.status === 'preparation' ? 'en_cours' : session.status,
        startedAt: session.startedAt ?? w.now,
      });
    }, at),
  ));
}

export function togglePause(sessionId: SessionId): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:pause`, () =>
    transact(['sessions', 'phases', 'turns'], async (w) => {
      const session = await w.get('sessions', sessionId);
      if (!session?.currentPhase) return;
      const phase = await phaseOf(sessionId, session.currentPhase);
      if (!phase) return;
      const resume = resumePhase(phase, w.now);
      if (resume) {
        await w.revise('phases', phase, resume);
        return;
      }
      const pause = pausePhase(phase, w.now);
      if (!pause) return;
      // Nobody speaks during a pause: the floor is released so the turn's time stays true.
      await endOpenTurn(w, sessionId);
      await w.revise('phases', phase, pause);
    }, at),
  ));
}

/**
 * Tap on a person: the floor is theirs and the previous turn ends in the same transaction; a tap on
 * whoever already speaks releases the floor. Giving the floor during a pause resumes the phase.
 */
export function giveFloor(sessionId: SessionId, speaker: Speaker): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:floor`, () =>
    transact(['sessions', 'phases', 'turns'], async (w) => {
      const session = await w.get('sessions', sessionId);
      if (!session?.currentPhase || session.status === 'terminee') return;
      const phase = await phaseOf(sessionId, session.currentPhase);
      if (phase) {
        const resume = resumePhase(phase, w.now) ?? (phase.startedAt === null ? enterPhase(phase, w.now) : null);
        if (resume) await w.revise('phases', phase, resume);
      }
      const ended = await endOpenTurn(w, sessionId);
      if (ended?.speaker !== speaker) {
        await w.create('turns', newId<TurnId>(), sessionId, { phase: session.currentPhase, speaker, startedAt: w.now, endedAt: null });
      }
    }, at),
  ));
}

/**
 * Undo the last tap, read from the stored turns so it works after a reload too: a turn just given is
 * withdrawn and the turn it interrupted runs again; a floor just released is given back.
 */
export function undoLastTap(sessionId: SessionId): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:undo`, () =>
    transact(['sessions', 'turns'], async (w) => {
      const session = await w.get('sessions', sessionId);
      if (!session?.currentPhase || session.status === 'terminee') return;
      const [last, before] = (await latestTurns(sessionId, 8)).filter((t) => t.phase === session.currentPhase);
      if (!last) return;
      if (last.endedAt !== null) {
        await w.revise('turns', last, { endedAt: null });
        return;
      }
      await w.revise('turns', last, { deleted: true, endedAt: Math.max(last.startedAt, w.now) });
      if (before && before.endedAt === last.startedAt) await w.revise('turns', before, { endedAt: null });
    }, at),
  ));
}

/** Fix who spoke during a turn (a wrong tile was tapped). */
export function correctSpeaker(turnId: TurnId, speaker: Speaker): Promise<void> {
  return inOrder((at) => tracked(`turn:${turnId}:speaker`, () =>
    transact(['turns'], async (w) => {
      const turn = await w.get('turns', turnId);
      if (turn && !turn.deleted && turn.speaker !== speaker) await w.revise('turns', turn, { speaker });
    }, at),
  ));
}

export function markPromptAsked(sessionId: SessionId, index: PhaseIndex, promptId: string, asked: boolean): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:prompt:${promptId}`, () =>
    transact(['phases'], async (w) => {
      const phase = await phaseOf(sessionId, index);
      if (!phase) return;
      const prompts = phase.prompts.map((p) => (p.id === promptId ? { ...p, askedAt: asked ? (p.askedAt ?? w.now) : null } : p));
      await w.revise('phases', phase, { prompts });
    }, at),
  ));
}

/** Tour de table: "Passer" sends this person to the end of the queue. */
export function skipInTour(sessionId: SessionId, index: PhaseIndex, id: ParticipantId): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:tour`, () =>
    transact(['phases'], async (w) => {
      const phase = await phaseOf(sessionId, index);
      if (phase) await w.revise('phases', phase, { skipped: skip(phase.skipped, id) });
    }, at),
  ));
}

/** Apply the rebalanced plan the animateur accepted (planned minutes of the phases still to come). */
export function applyRebalance(sessionId: SessionId, plan: ReadonlyMap<PhaseIndex, number>): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:rebalance`, () =>
    transact(['phases'], async (w) => {
      for (const phase of await recordsOf('phases', sessionId)) {
        const minutes = plan.get(phase.index);
        if (minutes !== undefined && minutes !== phase.plannedMinutes) await w.revise('phases', phase, { plannedMinutes: minutes });
      }
    }, at),
  ));
}

/** Close the séance: timers stop, status terminée; notes, board and report stay editable. */
export function closeSession(sessionId: SessionId): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:close`, () =>
    transact(['sessions', 'phases', 'turns'], async (w) => {
      const session = await w.get('sessions', sessionId);
      if (!session || session.status === 'terminee') return;
      await endOpenTurn(w, sessionId);
      for (const phase of await recordsOf('phases', sessionId)) {
        const patch = leavePhase(phase, w.now);
        if (patch) await w.revise('phases', phase, patch);
      }
      await w.revise('sessions', session, { status: 'terminee', closedAt: w.now });
    }, at),
  ));
}

/** Reopen a closed séance on its last phase (a séance closed by mistake must not be a dead end). */
export function reopenSession(sessionId: SessionId): Promise<void> {
  return inOrder((at) => tracked(`room:${sessionId}:close`, () =>
    transact(['sessions', 'phases'], async (w) => {
      const session = await w.get('sessions', sessionId);
      if (!session || session.status !== 'terminee') return;
      const phase = session.currentPhase ? await phaseOf(sessionId, session.currentPhase) : undefined;
      const patch = phase ? enterPhase(phase, w.now) : null;
      if (phase && patch) await w.revise('phases', phase, patch);
      await w.revise('sessions', session, { status: 'en_cours', closedAt: null });
    }, at),
  ));
}
