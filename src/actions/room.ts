// Use cases of the room: move between phases, pause, give the floor, undo a tap, close the séance.
import type { Reader } from '../db/reads';
import type { Writer } from '../db/write';
import { enterPhase, leavePhase, pausePhase, resumePhase } from '../domain/phases';
import { skip } from '../domain/tour';
import type { Kind, ParticipantId, Phase, PhaseIndex, Session, SessionId, Speaker, Turn, TurnId } from '../domain/types';
import { newId } from '../platform/ids';
import { makeQueue } from './queue';
import { runAction, type ActionBody } from './run';

/**
 * Room actions run one after the other, in the order they were tapped: an "Annuler" tapped right
 * after a tile must see that tile's turn, whatever the storage engine does with timing.
 */
const inOrder = makeQueue();

const roomAction = <T>(key: string, kinds: readonly Kind[], body: ActionBody<T>): Promise<T> => runAction({ key, kinds, queue: inOrder }, body);

async function phaseOf(read: Reader, sessionId: SessionId, index: PhaseIndex): Promise<Phase | undefined> {
  return (await read.recordsOf('phases', sessionId)).find((p) => p.index === index);
}

async function endOpenTurn(w: Writer, sessionId: SessionId): Promise<Turn | undefined> {
  const open = await w.read.openTurnOf(sessionId);
  if (open) await w.revise('turns', open, { endedAt: Math.max(open.startedAt, w.now) });
  return open;
}

/** Open the room: the séance is running and phase 1's timer starts at this very instant (once: a second tap does nothing). */
export function startSession(sessionId: SessionId): Promise<void> {
  return roomAction(`room:${sessionId}:phase`, ['sessions', 'phases', 'turns'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (session?.status === 'preparation') await enterPhaseNow(w, read, session, 1);
  });
}

/**
 * Go to a phase: its timer starts at this instant and the previous phase ends at the same instant
 * (facilitators forget to start timers). Whoever had the floor keeps it no longer.
 */
export function goToPhase(sessionId: SessionId, index: PhaseIndex): Promise<void> {
  return roomAction(`room:${sessionId}:phase`, ['sessions', 'phases', 'turns'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (session) await enterPhaseNow(w, read, session, index);
  });
}

async function enterPhaseNow(w: Writer, read: Reader, session: Session, index: PhaseIndex): Promise<void> {
  if (session.deleted || session.currentPhase === index) return;
  await endOpenTurn(w, session.id);
  for (const phase of await read.recordsOf('phases', session.id)) {
    const patch = phase.index === index ? enterPhase(phase, w.now) : leavePhase(phase, w.now);
    if (patch) await w.revise('phases', phase, patch);
  }
  await w.revise('sessions', session, {
    currentPhase: index,
    status: session.status === 'preparation' ? 'en_cours' : session.status,
    startedAt: session.startedAt ?? w.now,
  });
}

export function togglePause(sessionId: SessionId): Promise<void> {
  return roomAction(`room:${sessionId}:pause`, ['sessions', 'phases', 'turns'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (!session?.currentPhase) return;
    const phase = await phaseOf(read, sessionId, session.currentPhase);
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
  });
}

/**
 * Tap on a person: the floor is theirs and the previous turn ends in the same transaction; a tap on
 * whoever already speaks releases the floor. Giving the floor during a pause resumes the phase.
 */
export function giveFloor(sessionId: SessionId, speaker: Speaker): Promise<void> {
  return roomAction(`room:${sessionId}:floor`, ['sessions', 'phases', 'turns'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (!session?.currentPhase || session.status === 'terminee') return;
    const phase = await phaseOf(read, sessionId, session.currentPhase);
    if (phase) {
      const resume = resumePhase(phase, w.now) ?? (phase.startedAt === null ? enterPhase(phase, w.now) : null);
      if (resume) await w.revise('phases', phase, resume);
    }
    const ended = await endOpenTurn(w, sessionId);
    if (ended?.speaker !== speaker) {
      await w.create('turns', newId<TurnId>(), sessionId, { phase: session.currentPhase, speaker, startedAt: w.now, endedAt: null });
    }
  });
}

/**
 * Undo the last tap, read from the stored turns so it works after a reload too: a turn just given is
 * withdrawn and the turn it interrupted runs again; a floor just released is given back.
 */
export function undoLastTap(sessionId: SessionId): Promise<void> {
  return roomAction(`room:${sessionId}:undo`, ['sessions', 'turns'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (!session?.currentPhase || session.status === 'terminee') return;
    const [last, before] = (await read.latestTurns(sessionId, 8)).filter((t) => t.phase === session.currentPhase);
    if (!last) return;
    if (last.endedAt !== null) {
      await w.revise('turns', last, { endedAt: null });
      return;
    }
    await w.revise('turns', last, { deleted: true, endedAt: Math.max(last.startedAt, w.now) });
    if (before && before.endedAt === last.startedAt) await w.revise('turns', before, { endedAt: null });
  });
}

/** Fix who spoke during a turn (a wrong tile was tapped). */
export function correctSpeaker(turnId: TurnId, speaker: Speaker): Promise<void> {
  return roomAction(`turn:${turnId}:speaker`, ['turns'], async (w, read) => {
    const turn = await read.get('turns', turnId);
    if (turn && !turn.deleted && turn.speaker !== speaker) await w.revise('turns', turn, { speaker });
  });
}

export function markPromptAsked(sessionId: SessionId, index: PhaseIndex, promptId: string, asked: boolean): Promise<void> {
  return roomAction(`room:${sessionId}:prompt:${promptId}`, ['phases'], async (w, read) => {
    const phase = await phaseOf(read, sessionId, index);
    if (!phase) return;
    const prompts = phase.prompts.map((p) => (p.id === promptId ? { ...p, askedAt: asked ? (p.askedAt ?? w.now) : null } : p));
    await w.revise('phases', phase, { prompts });
  });
}

/** Tour de table: "Passer" sends this person to the end of the queue. */
export function skipInTour(sessionId: SessionId, index: PhaseIndex, id: ParticipantId): Promise<void> {
  return roomAction(`room:${sessionId}:tour`, ['phases'], async (w, read) => {
    const phase = await phaseOf(read, sessionId, index);
    if (phase) await w.revise('phases', phase, { skipped: skip(phase.skipped, id) });
  });
}

/** Apply the rebalanced plan the animateur accepted (planned minutes of the phases still to come). */
export function applyRebalance(sessionId: SessionId, plan: ReadonlyMap<PhaseIndex, number>): Promise<void> {
  return roomAction(`room:${sessionId}:rebalance`, ['phases'], async (w, read) => {
    for (const phase of await read.recordsOf('phases', sessionId)) {
      const minutes = plan.get(phase.index);
      if (minutes !== undefined && minutes !== phase.plannedMinutes) await w.revise('phases', phase, { plannedMinutes: minutes });
    }
  });
}

/** Close the séance: timers stop, status terminée; notes, board and report stay editable. */
export function closeSession(sessionId: SessionId): Promise<void> {
  return roomAction(`room:${sessionId}:close`, ['sessions', 'phases', 'turns'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (!session || session.status === 'terminee') return;
    await endOpenTurn(w, sessionId);
    for (const phase of await read.recordsOf('phases', sessionId)) {
      const patch = leavePhase(phase, w.now);
      if (patch) await w.revise('phases', phase, patch);
    }
    await w.revise('sessions', session, { status: 'terminee', closedAt: w.now });
  });
}

/** Reopen a closed séance on its last phase (a séance closed by mistake must not be a dead end). */
export function reopenSession(sessionId: SessionId): Promise<void> {
  return roomAction(`room:${sessionId}:close`, ['sessions', 'phases'], async (w, read) => {
    const session = await read.get('sessions', sessionId);
    if (!session || session.status !== 'terminee') return;
    const phase = session.currentPhase ? await phaseOf(read, sessionId, session.currentPhase) : undefined;
    const patch = phase ? enterPhase(phase, w.now) : null;
    if (phase && patch) await w.revise('phases', phase, patch);
    await w.revise('sessions', session, { status: 'en_cours', closedAt: null });
  });
}
