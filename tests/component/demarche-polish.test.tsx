// The démarche screens as an animateur or a national team meets them: the header claims no séance there, the mirror shows every quote on demand, a search result opens its verbatim.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DemarcheId } from '../../src/domain/types';
import { makeDemarche } from '../factories';
import { renderApp } from './render';
import { seedRecords } from './transfer-helpers';

const D = 'demarche-accueil' as DemarcheId;

describe('the header on the démarche screens', () => {
  it('marks « Séances » on a séance’s screens but no tab on a démarche’s', async () => {
    await seedRecords({ demarches: [makeDemarche({ id: D, title: 'Accueil 2027' })] });
    renderApp(`#/demarche/${D}/pistes`);
    await screen.findByRole('heading', { level: 1, name: 'Pistes de toutes les séances' });
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('aria-current'))).toEqual([null, null]);
    window.location.hash = '#/demarches';
    await screen.findByRole('heading', { level: 1, name: 'Démarches' });
    expect(within(nav).getByRole('link', { name: 'Séances' }).getAttribute('aria-current')).toBe(null);
    window.location.hash = '#/';
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Séances' }).getAttribute('aria-current')).toBe('page'));
  });
});
