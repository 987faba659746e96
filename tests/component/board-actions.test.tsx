// Board actions on a real Dexie: one revision per moved post-it, undo that leaves later changes alone, deleted groups.
import { describe, expect, it } from 'vitest';
import { deleteGroup, dropOnto, moveCards, newGroup, redoBoard, undoBoard } from '../../src/actions/board';
import { historyOf } from '../../src/actions/boardHistory';
import { deleteCards, restoreCards } from '../../src/actions/cards';
import { seedBoard, storedArea, storedCards } from './boardHelpers';
import { db } from './render';

const revs = async (id: Parameters<typeof storedCards>[0]) => new Map((await storedCards(id)).map((c) => [c.text, c.rev]));

describe('board actions', () => {
  it('moving a post-it into the middle of a group revises that post-it only (fractional positions)', async () => {
    const { id, cards, groups } = await seedBoard(['Pas de parking'], { Accueil: ['A', 'B', 'C'] });
    const before = await revs(id);
    await moveCards(id, [cards.get('Pas de parking')!], { groupId: groups.get('Accueil')!, index: 1 });
    const after = await revs(id);
    expect(await storedArea(id, groups.get('Accueil')!)).toEqual(['A', 'Pas de parking', 'B', 'C']);
    expect([...after].filter(([text, rev]) => before.get(text) !== rev).map(([text]) => text)).toEqual(['Pas de parking']);
  });

  it('a drop on an unsorted post-it makes a group of the two, the target first; undo hides the group and unsorts both', async () => {
    const { id, cards } = await seedBoard(['Pas de parking', 'Pas d’ascenseur']);
    await dropOnto(id, [cards.get('Pas d’ascenseur')!], cards.get('Pas de parking')!, 'Regroupement 1');
    const [group] = await db().groups.where('sessionId').equals(id).toArray();
    expect(group?.title).toBe('Regroupement 1');
    expect(await storedArea(id, group!.id)).toEqual(['Pas de parking', 'Pas d’ascenseur']);
    expect(await undoBoard(id)).toBe(true);
    expect((await db().groups.get(group!.id))?.deleted).toBe(true);
    expect(await storedArea(id, null)).toEqual(['Pas de parking', 'Pas d’ascenseur']);
    expect(await redoBoard(id)).toBe(true);
    expect(await storedArea(id, group!.id)).toEqual(['Pas de parking', 'Pas d’ascenseur']);
  });

  it('undo leaves alone a post-it that was changed since (here deleted), and still undoes the rest', async () => {
    const { id, cards, groups } = await seedBoard(['A', 'B'], { Accueil: [] as string[] });
    await moveCards(id, [cards.get('A')!, cards.get('B')!], { groupId: groups.get('Accueil')!, index: 0 });
    await deleteCards([cards.get('B')!]);
    expect(await undoBoard(id)).toBe(true);
    expect(await storedArea(id, null)).toEqual(['A']);
    const b = (await storedCards(id)).find((c) => c.text === 'B');
    expect([b?.deleted, b?.groupId]).toEqual([true, groups.get('Accueil')]);
    expect(historyOf(id).done).toHaveLength(0);
    expect(await undoBoard(id)).toBe(false);
  });

  it('a move into a group deleted meanwhile is refused and changes nothing', async () => {
    const { id, cards, groups } = await seedBoard(['A'], { Accueil: ['X'] });
    await deleteGroup(id, groups.get('Accueil')!);
    const before = await storedCards(id);
    expect(await moveCards(id, [cards.get('A')!], { groupId: groups.get('Accueil')!, index: 0 })).toBeNull();
    expect(await storedCards(id)).toEqual(before);
  });

  it('a deleted post-it brought back after its group was deleted lands in the unsorted area', async () => {
    const { id, cards, groups } = await seedBoard(['A'], { Accueil: ['X', 'Y'] });
    await deleteCards([cards.get('X')!]);
    await deleteGroup(id, groups.get('Accueil')!);
    await restoreCards(id, [cards.get('X')!]);
    expect(await storedArea(id, null)).toEqual(['A', 'Y', 'X']);
  });

  it('"Nouveau regroupement" with post-its puts them in the order given, after the existing groups', async () => {
    const { id, cards, groups } = await seedBoard(['A', 'B'], { Accueil: ['X'] });
    const made = await newGroup(id, '  Stationnement  ', [cards.get('B')!, cards.get('A')!]);
    const stored = await db().groups.get(made!);
    expect([stored?.title, stored!.order > (await db().groups.get(groups.get('Accueil')!))!.order]).toEqual(['Stationnement', true]);
    expect(await storedArea(id, made!)).toEqual(['B', 'A']);
  });
});
