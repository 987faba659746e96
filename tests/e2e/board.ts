// e2e helpers for the post-it board: a finger drag through CDP touch events, and records written straight into IndexedDB.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Card, Group, SessionId } from '../../src/domain/types';

/** What a screen reader last heard from the board's drag and drop (dnd-kit's live region), no-break spaces read as spaces. */
export const heard = (page: Page): Promise<string> => page.locator('[id^="DndLiveRegion"]').evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));

/** Two animation frames: the page has handled the last input and drawn the result. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('touchDrag: element has no box (hidden?)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Long-press `from` with one finger (longer than the TouchSensor's activation delay), slide to `to` in
 * small steps, lift. Real touchstart/touchmove/touchend, as a tablet sends them.
 */
export async function touchDrag(page: Page, from: Locator, to: Locator, { steps = 12, beforeDrop }: { steps?: number; beforeDrop?: () => Promise<void> } = {}): Promise<void> {
  // Both ends on screen, measured after any scrolling: a finger cannot reach what is not shown.
  // Centred, so neither end sits in the edge band where the board scrolls by itself during a drag.
  await to.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await from.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const start = await centre(from);
  const end = await centre(to);
  const view = page.viewportSize();
  if (view && [start, end].some((p) => p.x < 0 || p.y < 0 || p.x > view.width || p.y > view.height)) {
    throw new Error(`touchDrag: both ends must be on screen (from ${JSON.stringify(start)} to ${JSON.stringify(end)})`);
  }
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] });
  try {
    await touch('touchStart', start.x, start.y);
    // The finger stays down until the long press picks the post-it up, as a screen reader hears it.
    await expect.poll(() => heard(page), { timeout: 10_000 }).toMatch(/ saisi\.$|^Au-dessus de/);
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', start.x + ((end.x - start.x) * i) / steps, start.y + ((end.y - start.y) * i) / steps);
      await nextFrame(page);
    }
    // The last move's collision is computed: the drop goes where the finger is.
    await nextFrame(page);
    await beforeDrop?.();
    await touch('touchEnd', end.x, end.y);
  } finally {
    await cdp.detach();
  }
}

/** A quick swipe with no pause: must scroll, not drag. */
export async function touchSwipe(page: Page, on: Locator, dy: number): Promise<void> {
  await on.scrollIntoViewIfNeeded();
  const start = await centre(on);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: start.x, y: start.y, id: 1 }] });
    for (let i = 1; i <= 8; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x, y: start.y - (dy * i) / 8, id: 1 }] });
      await page.waitForTimeout(10);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** The séance id from a board, pistes or room URL. */
export const sessionIdOf = (page: Page): SessionId => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '') as SessionId;

/** Write records straight into the app's IndexedDB (as an import would); the page must be reloaded to show them. */
export async function putRecords(page: Page, records: { cards?: Card[]; groups?: Group[] }): Promise<void> {
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('cercle');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(['cards', 'groups'], 'readwrite');
      for (const c of data.cards ?? []) tx.objectStore('cards').put(c);
      for (const g of data.groups ?? []) tx.objectStore('groups').put(g);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, records);
}

/** Every stored record of a kind, tombstones included. */
export async function stored<T>(page: Page, kind: 'cards' | 'groups' | 'tracks' | 'votes'): Promise<T[]> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('cercle');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rows = await new Promise<unknown[]>((ok, fail) => {
      const req = db.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return rows;
  }, kind) as Promise<T[]>;
}

/** A post-it on the board, found by its text. */
export const postIt = (scope: Page | Locator, text: string) => scope.locator('li[data-card]').filter({ hasText: text });
