// A hand-built report document with every kind of block and hostile texts, for the renderer tests.
import type { ReportDocument } from '../../src/report/document';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const MULTILINE = 'Première ligne\nseconde ligne';
export const MARKDOWNISH = ['# pas un titre', '- pas une liste', 'a * b _c_ `d`', '1. pas une liste', 'a | b', '[lien](javascript:x)', '&eacute; ~~barré~~'];

export function handDoc(over: Partial<ReportDocument> = {}): ReportDocument {
  return {
    lang: 'fr',
    title: 'Rapport de synthèse — Accueil & « horaires »',
    subtitle: 'Comité d’écoute du lundi 23 novembre 2026 — Salle du conseil',
    sections: [
      {
        key: null,
        heading: 'La séance',
        synthesis: '',
        blocks: [{ type: 'facts', rows: [{ label: 'Lieu', value: 'Salle du conseil' }, { label: 'Public', value: MULTILINE }] }],
      },
      {
        key: 'learnings',
        heading: 'Principaux enseignements',
        synthesis: 'Synthèse écrite par la secrétaire.\nDeuxième ligne.\n\nSecond paragraphe.',
        blocks: [
          { type: 'paragraph', text: '13 verbatims, 1 note', tone: 'muted' },
          { type: 'heading', text: 'Verbatims marqués' },
          { type: 'quote', text: 'L’agent m’a très bien reçue.', by: 'Alice' },
          { type: 'quote', text: SCRIPT, by: IMG },
          { type: 'quote', text: IMG, by: '' },
          ...MARKDOWNISH.map((text) => ({ type: 'quote' as const, text, by: 'Bruno' })),
          { type: 'list', items: ['Irritant : Pas de chaises', MARKDOWNISH[0]!, MULTILINE] },
        ],
      },
      {
        key: 'conduct',
        heading: 'Déroulement',
        synthesis: '',
        blocks: [
          {
            type: 'table',
            caption: 'Temps par phase',
            head: ['Phase', 'Prévu', 'Réel'],
            rows: [
              ['1. Présentation', '10 min', '12 min'],
              ['Cellule a | b', MULTILINE, SCRIPT],
            ],
            foot: ['Total', '2 h', '1 h 55 min'],
            align: ['start', 'end', 'end'],
          },
          {
            type: 'bars',
            caption: 'Temps de parole',
            bars: [
              { label: 'Alice', value: 360_000, display: '6 min · 30 %' },
              { label: 'Bruno <b>', value: 180_000, display: '3 min · 15 %' },
              { label: 'l’animateur', value: 0, display: '0 min · 0 %', muted: true },
            ],
          },
        ],
      },
      {
        key: 'views',
        heading: 'Avis positifs et négatifs',
        synthesis: '',
        blocks: [
          {
            type: 'columns',
            columns: [
              { heading: 'Points positifs', blocks: [{ type: 'heading', text: 'Sous-titre positif' }, { type: 'list', items: ['Accueil souriant'] }] },
              { heading: 'Points négatifs', blocks: [{ type: 'quote', text: 'Fermé trop tôt', by: 'Chloé' }] },
            ],
          },
        ],
      },
      { key: 'actions', heading: 'Plan d’actions', synthesis: '', blocks: [{ type: 'heading', text: 'Fiche 1 — Ouvrir le samedi' }], pageBreakBefore: true },
    ],
    footer: 'Rapport généré par Cercle le 23 novembre 2026 à 16:00.',
    ...over,
  };
}
