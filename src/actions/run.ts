// The one way a use case writes: in its queue's turn, tracked for the save indicator and « Réessayer », in one transaction.
import type { Reader } from '../db/reads';
import { transact, type Writer } from '../db/write';
import type { Kind } from '../domain/types';
import type { Queued } from './queue';
import { tracked } from './status';

export interface ActionSpec<T> {
  /** What the action writes: a failed write is retried under this key, and only the latest of each. */
  key: string;
  /** The tables the body may read and write; reading any other throws. */
  kinds: readonly Kind[];
  /** Runs the action in the order it was tapped, stamped with the tap's time (room, notes, board). */
  queue?: Queued;
  /** The moment the person acted, when the caller already holds a queue's turn. */
  at?: number;
  /** Once the transaction has committed (and again after a successful « Réessayer »): work outside the database. */
  then?: (value: T) => unknown;
}

export type ActionBody<T> = (w: Writer, read: Reader) => Promise<T>;

/**
 * Run `body` in one read-write transaction over `kinds`, with a writer and a reader bound to it.
 * Without a queue or `at`, the action is stamped when its transaction starts (a retry gets a new time).
 */
export function runAction<T>(spec: ActionSpec<NoInfer<T>>, body: ActionBody<T>): Promise<T> {
  const run = (at: number | undefined) =>
    tracked(spec.key, async () => {
      const value = await transact(spec.kinds, (w) => body(w, w.read), at);
      await spec.then?.(value);
      return value;
    });
  return spec.queue ? spec.queue(run) : run(spec.at);
}
