// Helpers for the board's component tests: a séance with post-its and groups, what is stored, a fake layout for dnd-kit.
import { act, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { newGroup } from '../../src/actions/board';
import { forgetHistories } from '../../src/actions/boardHistory';
import { addCard } from '../../src/actions/cards';
import type { Card, CardId, CardKind, GroupId, SessionId } from '../../src/domain/types';
import { db, seedSession } from './render';

/** A séance with unsorted post-its (first one on top, as newest) and named groups of post-its. */
export async function seedBoard(unsorted: readonly string[], groups: Record<string, readonly string[]> = {}): Promise<{ id: SessionId; cards: Map<string, CardId>; groups: Map<string, GroupId> }> {
  forgetHistories();
  const id = await seedSession();
  const cards = new Map<string, CardId>();
  const made = new Map<string, GroupId>();
  const add = async (text: string, kind: CardKind = 'irritant') => {
    const r = await addCard(id, { text, kind, onBehalfOf: null });
    if (!r.ok) throw new Error(`could not add ${text}`);
    cards.set(text, r.id);
    return r.id;
  };
  for (const [title, texts] of Object.entries(groups)) {
    const ids: CardId[] = [];
    for (const text of texts) ids.push(await add(text, 'attente'));
    const g = await newGroup(id, title, ids);
    if (!g) throw new Error(`could not make ${title}`);
    made.set(title, g);
  }
  for (const text of [...unsorted].reverse()) await add(text);
  forgetHistories();
  return { id, cards, groups: made };
}

export async function storedCards(sessionId: SessionId): Promise<Card[]> {
  return db().cards.where('sessionId').equals(sessionId).toArray();
}

/** Texts of a group's post-its (or the unsorted ones) as stored, in board order. */
export async function storedArea(sessionId: SessionId, groupId: GroupId | null): Promise<string[]> {
  return (await storedCards(sessionId))
    .filter((c) => !c.deleted && c.groupId === groupId)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.text);
}

/** The post-its shown in an area (a group's list is named after the group), top to bottom. */
export const shownIn = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.postit-text')?.textContent ?? '');

/**
 * jsdom has no layout, and dnd-kit measures everything: give the board a plausible one. The unsorted
 * area is a column on the left, each group a column to its right, post-its stacked inside.
 */
export function fakeBoardLayout(): void {
  Element.prototype.scrollIntoView = vi.fn();
  const rect = (x: number, y: number, width: number, height: number) =>
    ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    // The drag preview starts where the lifted post-it is (here: always the first place of the first column).
    if (this.closest('.postit-overlay') || this.querySelector(':scope > .postit-overlay')) return rect(10, 60, 220, 80);
    const areas = [...document.querySelectorAll('.area-unsorted, .area-group, .new-group')];
    const area = this.closest('.area-unsorted, .area-group, .new-group');
    const column = area ? areas.indexOf(area) : -1;
    if (column < 0) return rect(0, 0, 0, 0);
    const x = column * 260;
    if (this === area) return rect(x, 0, 240, 900);
    const card = this.closest('li[data-card]');
    if (!card) return rect(x, 0, 240, 40);
    const index = [...area!.querySelectorAll('li[data-card]')].indexOf(card);
    return rect(x + 10, 60 + index * 90, 220, 80);
  });
}

/** French typography as the catalogue writes it: a no-break space inside « » and before : ; ? ! */
export const nb = (text: string): string => text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([:;?!])/g, '\u00a0$1');

/** A pattern for a French label, starting at its beginning. */
export const starts = (text: string): RegExp => new RegExp(`^${nb(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * Pick an option as a person does (a real `change` event). @testing-library/preact turns fireEvent.change
 * into an input event once it has seen preact/compat, which the board loads with dnd-kit.
 */
export function choose(select: HTMLElement, value: string): void {
  act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
