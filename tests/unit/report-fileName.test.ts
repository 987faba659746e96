// Report file names: the séance's day and title, what the file is, anonymity said once.
import { describe, expect, it } from 'vitest';
import { reportFileName, type ReportFileNameParts } from '../../src/format/fileName';

const base = { day: '2026-11-23', title: 'Accueil de la mairie', anonymised: false, extension: 'docx' } as const;

describe('reportFileName', () => {
  it.each<[Partial<ReportFileNameParts>, string]>([
    [{ what: 'rapport' }, 'cercle-2026-11-23-accueil-de-la-mairie-rapport.docx'],
    [{ what: 'rapport', anonymised: true, extension: 'html' }, 'cercle-2026-11-23-accueil-de-la-mairie-rapport-anonyme.html'],
    // The restitution is always anonymous: the name does not say it twice.
    [{ what: 'restitution', anonymised: true, extension: 'md' }, 'cercle-2026-11-23-accueil-de-la-mairie-restitution.md'],
    [{ what: 'ce-qui-a-change', anonymised: true, extension: 'docx' }, 'cercle-2026-11-23-accueil-de-la-mairie-ce-qui-a-change.docx'],
    [{ what: 'verbatims', anonymised: true, extension: 'csv' }, 'cercle-2026-11-23-accueil-de-la-mairie-verbatims-anonyme.csv'],
    [{ what: 'post-its', extension: 'csv' }, 'cercle-2026-11-23-accueil-de-la-mairie-post-its.csv'],
    [{ what: 'rapport', day: '', title: 'Élus & œuvres !' }, 'cercle-elus-oeuvres-rapport.docx'],
    [{ what: 'rapport', day: '23/11/2026', title: '' }, 'cercle-rapport.docx'],
  ])('%o → %s', (over, name) => {
    expect(reportFileName({ ...base, what: 'rapport', ...over })).toBe(name);
  });
});
