// A queue that runs a screen's writes in the order they were tapped, each stamped with its tap time.
import { now } from '../platform/clock';

export type Queued = <T>(run: (tappedAt: number) => Promise<T>) => Promise<T>;

/** A failed write does not block the ones tapped after it; the caller still gets its rejection. */
export function makeQueue(): Queued {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: (tappedAt: number) => Promise<T>): Promise<T> => {
    const tappedAt = now();
    const next = tail.then(
      () => run(tappedAt),
      () => run(tappedAt),
    );
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * Board, pistes and votes share one queue: an "Annuler" tapped right after a drop must see that drop,
 * and a dot tapped twice quickly must be checked against the first.
 */
export const inBoardOrder: Queued = makeQueue();
