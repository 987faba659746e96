// One séance as the plain text a qualitative-analysis tool codes: a line per verbatim under a line per phase, each verbatim's place counted.
import { byOrder, settle } from '../domain/board';
import type { ReportInput } from '../domain/recordSet';
import { live } from '../domain/records';
import type { Card, DeviceId, GroupId, ParticipantId, PhaseIndex, Verbatim, VerbatimTag } from '../domain/types';
import { byCapture } from '../domain/verbatims';
import type { Translate } from '../i18n/core';
import { INVALID_XML } from './xmlText';

/** One coded stretch of the text: a verbatim, or a post-it that was not taken from a verbatim. */
export interface Passage {
  /** The record it comes from: its selection's GUID is derived from it. */
  id: string;
  from: 'verbatim' | 'card';
  /**
   * Where it is in the text, in Unicode code points from 0 (REFI-QDA 1.5, § 10.2); `end` is one past its last
   * code point, as in the standard's own example (a 56-character selection from 139 to 195).
   */
  start: number;
  end: number;
  /** The words as written in the file: exactly the text from `start` to `end`. */
  text: string;
  /** Tag codes: a verbatim's tags, or a post-it's kind (the same words: irritant, attente, idée, positif). */
  tags: VerbatimTag[];
  key: boolean;
  /** The regroupements it is in: a post-it's own, or those of the post-its made from the verbatim. */
  groupIds: GroupId[];
  /** The participant who said it (their case), null for the animateur, the group, a note or a post-it. */
  speaker: ParticipantId | null;
  deviceId: DeviceId;
  /** When it was written (ms). */
  at: number;
}

export interface SeanceText {
  text: string;
  passages: Passage[];
}

// Lone halves of a surrogate pair cannot be written in UTF-8: the encoder would put U+FFFD in their place.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * A text on one line, as it is written in the file: one verbatim per paragraph, so a line break typed inside one
 * becomes a space; characters XML or UTF-8 cannot carry are dealt with here, so the selection names written in
 * the project and the positions counted in the file agree.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVALID_XML, '').replace(LONE_SURROGATE, '\ufffd').trim();
}

/** Length in code points: what the standard counts (an emoji is one, where JavaScript's `length` says two). */
export function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Appends lines and knows, in code points, where each one starts. */
class Writer {
  private readonly parts: string[] = [];
  private at = 0;

  line(prefix: string, body = ''): { start: number; end: number } {
    if (this.parts.length > 0) this.write('\n');
    this.write(prefix);
    const start = this.at;
    this.write(body);
    return { start, end: this.at };
  }

  blank(): void {
    if (this.parts.length > 0) this.write('\n');
  }

  private write(text: string): void {
    this.parts.push(text);
    this.at += codePoints(text);
  }

  text(): string {
    return this.parts.join('');
  }
}

/** The séance's label in a multi-séance project: « séance de Lyon », « séance d’Orléans ». */
export function seanceLabel(session: ReportInput['session'], t: Translate): string {
  const place = oneLine(session.place) || oneLine(session.title) || session.date;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(place) ? t('qdpx.seance.elided', { place }) : t('qdpx.seance', { place });
}

/**
 * Labels two séances share (a mirror keeps its source's place) told apart by the first of `details` that differs
 * between them (their public, then their day): « séance de Lyon, agents ». A detail they all share tells none of
 * them apart, so it is left out rather than added to every label; a séance alone with its label keeps it bare.
 */
export function distinctLabels<S>(seances: readonly S[], label: (s: S) => string, details: readonly ((s: S) => string)[], t: Translate): string[] {
  const labels = seances.map(label);
  for (const detail of details) {
    const alike = new Map<string, number[]>();
    labels.forEach((l, i) => alike.set(l, [...(alike.get(l) ?? []), i]));
    for (const group of alike.values()) {
      const found = group.map((i) => detail(seances[i]!));
      if (group.length < 2 || new Set(found).size < 2) continue;
      group.forEach((i, k) => {
        if (found[k]) labels[i] = t('qdpx.seance.distinct', { seance: labels[i]!, detail: found[k]! });
      });
    }
  }
  return labels;
}

function speakerPrefix(v: Verbatim, labels: ReadonlyMap<string, string>, t: Translate): string {
  if (v.kind === 'note') return t('qdpx.text.note');
  if (v.speaker === 'animateur') return t('qdpx.speaker.animateur');
  if (v.speaker === 'groupe') return t('qdpx.speaker.groupe');
  if (v.speaker === 'inconnu') return t('qdpx.speaker.inconnu');
  // Never the name stored with the verbatim: only the participant's label (P1…) says who spoke.
  const label = labels.get(v.speaker);
  return label === undefined ? t('qdpx.speaker.inconnu') : label;
}

/**
 * The text of one séance, already anonymised (its participants' pseudonyms are P1…Pn). Verbatims (notes
 * included) phase by phase in the order they were said; then the post-its that no verbatim carries, regroupement
 * by regroupement as on the board, so that every regroupement has words coded in it.
 */
export function seanceText(input: ReportInput, t: Translate): SeanceText {
  const out = new Writer();
  const passages: Passage[] = [];
  const labels = new Map(input.participants.map((p) => [p.id as string, p.pseudonym]));
  const titles = new Map(live(input.phases).map((ph) => [ph.index, oneLine(ph.title)]));
  const cards = settle(live(input.cards), input.groups);
  const verbatims = live(input.verbatims)
    .filter((v) => oneLine(v.text) !== '')
    .sort((a, b) => a.phase - b.phase || byCapture(a, b));
  const said = new Set(verbatims.map((v) => v.id as string));
  const groupsOf = new Map<string, GroupId[]>();
  for (const c of cards) {
    if (c.groupId === null || c.sourceVerbatimId === null) continue;
    const list = groupsOf.get(c.sourceVerbatimId) ?? [];
    if (!list.includes(c.groupId)) list.push(c.groupId);
    groupsOf.set(c.sourceVerbatimId, list);
  }

  out.line(t('qdpx.text.head', { title: oneLine(input.session.title), seance: seanceLabel(input.session, t) }));
  let phase: PhaseIndex | null = null;
  for (const v of verbatims) {
    if (v.phase !== phase) {
      phase = v.phase;
      const title = titles.get(phase) ?? '';
      out.blank();
      out.line(title ? t('qdpx.text.phase', { index: phase, title }) : t('qdpx.text.phase.untitled', { index: phase }));
    }
    const text = oneLine(v.text);
    const at = out.line(t('qdpx.text.said', { speaker: speakerPrefix(v, labels, t) }), text);
    const speaker = v.kind === 'verbatim' && labels.has(v.speaker) ? (v.speaker as ParticipantId) : null;
    passages.push({ id: v.id, from: 'verbatim', ...at, text, tags: [...v.tags], key: v.key, groupIds: groupsOf.get(v.id) ?? [], speaker, deviceId: v.deviceId, at: v.capturedAt });
  }

  // A post-it made from a verbatim is coded on the verbatim; the others are written out here.
  const own = cards.filter((c) => oneLine(c.text) !== '' && (c.sourceVerbatimId === null || !said.has(c.sourceVerbatimId)));
  if (own.length > 0) {
    const order = new Map(live(input.groups).sort(byOrder).map((g, i) => [g.id as string, i]));
    const area = (c: Card) => (c.groupId === null ? order.size : (order.get(c.groupId) ?? order.size));
    out.blank();
    out.line(t('qdpx.text.cards'));
    for (const c of own.sort((a, b) => area(a) - area(b) || byOrder(a, b))) {
      const text = oneLine(c.text);
      const at = out.line(t('qdpx.text.said', { speaker: t(`board.kind.${c.kind}`) }), text);
      passages.push({ id: c.id, from: 'card', ...at, text, tags: [c.kind], key: false, groupIds: c.groupId === null ? [] : [c.groupId], speaker: null, deviceId: c.deviceId, at: c.createdAt });
    }
  }
  return { text: out.text(), passages };
}
