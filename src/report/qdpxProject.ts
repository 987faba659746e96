// The REFI-QDA project (project.qde) of one or more séances: their texts as sources, tags, regroupements and consolidated themes as codes, participants as cases.
//
// Written against the standard's schema (Project.xsd, urn:QDA-XML:project:1.0): the order of the elements in
// each type is the schema's, which a validating importer checks. Anonymised always: participants are P1…Pn
// of their séance, names inside texts are replaced (format/anonymise), no name of a person goes in.
import { byOrder } from '../domain/board';
import type { ReportInput } from '../domain/recordSet';
import { live } from '../domain/records';
import type { Audience, VerbatimTag } from '../domain/types';
import { anonymiseSeance, namesByDemarche, type Neighbours } from '../format/anonymise';
import type { Translate } from '../i18n/core';
import { guid } from './qdpxGuid';
import { fileRoleLabels } from './roleWords';
import { codePoints, distinctLabels, oneLine, seanceLabel, seanceText, type Passage } from './qdpxText';
import { xmlText } from './xmlText';

/** A consolidated theme of a démarche, as this export needs it: its regroupements (group ids, any séance). */
export interface QdpxTheme {
  id: string;
  title: string;
  groupIds: readonly string[];
}

export interface QdpxRequest {
  /** Every record of each séance, tombstones included (they are left out here), names not yet replaced. */
  seances: readonly ReportInput[];
  /** The démarche's consolidated themes, in their order; none for one séance. */
  themes?: readonly QdpxTheme[];
  /** The project's name: the démarche's title; for one séance, its own (anonymised) title when absent. */
  name?: string;
  /** The people of the séances' démarche not in `seances` (a séance's siblings) and the démarche's record: their names go from the texts too. */
  neighbours?: Neighbours;
  /** The program that made the file, e.g. `Cercle 0.4.0`. */
  origin: string;
  t: Translate;
}

export interface QdpxProject {
  name: string;
  qde: string;
  /** The text files, each at `sources/<guid>.txt` in the zip. */
  sources: { path: string; text: string }[];
}

const TAGS: readonly VerbatimTag[] = ['irritant', 'attente', 'idee', 'positif', 'negatif'];
const AUDIENCES: readonly Audience[] = ['usagers', 'agents', 'partenaires', 'elus'];
const NS = 'urn:QDA-XML:project:1.0';
const SCHEMA = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';

const attrs = (list: Record<string, string | number | undefined>) =>
  Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(String(v))}"`)
    .join('');

/** xsd:dateTime in UTC; nothing for a time a damaged record could hold (NaN, out of range). */
function dateTime(ms: number): string | undefined {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999 ? d.toISOString() : undefined;
}

/** Selection names: the start of the words, as the tools list them. */
function excerpt(text: string, max = 60): string {
  if (codePoints(text) <= max) return text;
  return `${Array.from(text).slice(0, max).join('').trimEnd()}…`;
}

interface Code {
  guid: string;
  name: string;
  codable: boolean;
  children: Code[];
}

function codeXml(c: Code, indent: string): string {
  const head = `${indent}<Code${attrs({ guid: c.guid, name: c.name, isCodable: String(c.codable) })}`;
  if (c.children.length === 0) return `${head}/>`;
  return `${head}>\n${c.children.map((k) => codeXml(k, `${indent}  `)).join('\n')}\n${indent}</Code>`;
}

const tagGuid = (tag: VerbatimTag) => guid('tag', tag);
const KEY_GUID = guid('key');
const groupGuid = (id: string) => guid('group', id);
const PUBLIC_GUID = guid('variable', 'public');
const SEANCE_GUID = guid('variable', 'seance');

interface Seance {
  input: ReportInput;
  label: string;
  audience: string;
  text: ReturnType<typeof seanceText>;
  sourceGuid: string;
  fileGuid: string;
}

function codebook(seances: readonly Seance[], themes: readonly QdpxTheme[], t: Translate): Code[] {
  const tags: Code = {
    guid: guid('folder', 'tags'),
    name: t('qdpx.code.tags'),
    codable: false,
    children: [...TAGS.map((tag) => ({ guid: tagGuid(tag), name: t(`notes.tag.${tag}`), codable: true, children: [] })), { guid: KEY_GUID, name: t('qdpx.code.key'), codable: true, children: [] }],
  };
  const groups = new Map<string, Code>();
  for (const s of seances) {
    for (const g of live(s.input.groups).sort(byOrder)) {
      const title = oneLine(g.title) || t('qdpx.code.untitled');
      groups.set(g.id, { guid: groupGuid(g.id), name: t('qdpx.code.group', { title, seance: s.label }), codable: true, children: [] });
    }
  }
  // A code appears once in the tree: a regroupement placed in a theme sits under it, the others under « Regroupements ».
  const placed = new Set<string>();
  const themed = themes.map((th) => {
    const children = th.groupIds.flatMap((id) => {
      const code = groups.get(id);
      if (!code || placed.has(id)) return [];
      placed.add(id);
      return [code];
    });
    return { guid: guid('theme', th.id), name: oneLine(th.title) || t('qdpx.code.untitled'), codable: true, children };
  });
  const loose = [...groups].filter(([id]) => !placed.has(id)).map(([, code]) => code);
  const out = [tags];
  if (themed.length > 0) out.push({ guid: guid('folder', 'themes'), name: t('qdpx.code.themes'), codable: false, children: themed });
  if (loose.length > 0) out.push({ guid: guid('folder', 'groups'), name: t('qdpx.code.groups'), codable: false, children: loose });
  return out;
}

const textValue = (variable: string, value: string, indent: string) =>
  `${indent}<VariableValue>\n${indent}  <VariableRef${attrs({ targetGUID: variable })}/>\n${indent}  <TextValue>${xmlText(value)}</TextValue>\n${indent}</VariableValue>`;

function selectionXml(p: Passage, user: (device: string) => string, known: ReadonlySet<string>): string {
  const codes = [...new Set(p.tags)].map(tagGuid);
  if (p.key) codes.push(KEY_GUID);
  // A regroupement deleted since is not in the codebook: its coding would point at nothing.
  for (const id of p.groupIds) if (known.has(id)) codes.push(groupGuid(id));
  const created = { creatingUser: user(p.deviceId), creationDateTime: dateTime(p.at) };
  const codings = codes.map(
    (code) => `        <Coding${attrs({ guid: guid('coding', p.id, code), ...created })}>\n          <CodeRef${attrs({ targetGUID: code })}/>\n        </Coding>`,
  );
  const open = `      <PlainTextSelection${attrs({ guid: guid('selection', p.id), name: excerpt(p.text), startPosition: p.start, endPosition: p.end, ...created })}`;
  return codings.length === 0 ? `${open}/>` : `${open}>\n${codings.join('\n')}\n      </PlainTextSelection>`;
}

/**
 * Two séances of one place (a mirror keeps its source's) would give their cases, their regroupements' codes and their
 * « Séance » value the same names: to the analyst, two people would be one. Their public tells them apart, then their day.
 */
function distinguish(seances: Seance[], t: Translate): void {
  const labels = distinctLabels(seances, (s) => s.label, [(s) => s.audience.toLowerCase(), (s) => s.input.session.date], t);
  seances.forEach((s, i) => (s.label = labels[i]!));
}

/** The project file and its sources. Deterministic: the same records give the same bytes. */
export function qdpxProject(req: QdpxRequest): QdpxProject {
  const { t } = req;
  const roleLabels = fileRoleLabels(t);
  // Each séance is P1…Pn of its own; a name of another séance of its démarche, or the pilote, is its word (« un participant »).
  const namesOf = namesByDemarche(
    {
      sessions: [...req.seances.map((s) => s.session), ...(req.neighbours?.sessions ?? [])],
      participants: [...req.seances.flatMap((s) => s.participants), ...(req.neighbours?.participants ?? [])],
      demarches: req.neighbours?.demarches ?? [],
    },
    roleLabels,
  );
  const seances: Seance[] = req.seances.map((raw) => {
    const input = anonymiseSeance(raw, roleLabels, undefined, undefined, namesOf.get(raw.session.demarcheId));
    const audience = AUDIENCES.filter((a) => input.session.audience.includes(a)).map((a) => t(`field.audience.${a}`)).join(', ');
    return { input, label: seanceLabel(input.session, t), audience, text: seanceText(input, t), sourceGuid: guid('source', input.session.id), fileGuid: guid('file', input.session.id) };
  });
  distinguish(seances, t);
  const name = oneLine(req.name ?? '') || oneLine(seances[0]?.input.session.title ?? '') || t('qdpx.project.untitled');

  // The tablets that wrote the words, numbered in a fixed order: a device id says nothing of a person.
  const devices = [...new Set(seances.flatMap((s) => s.text.passages.map((p) => p.deviceId as string)))].sort();
  const user = (device: string) => guid('user', device);
  const users = devices.map((d, i) => `    <User${attrs({ guid: user(d), name: t('qdpx.user', { n: i + 1 }) })}/>`);

  const codes = codebook(seances, req.themes ?? [], t);
  const known = new Set(seances.flatMap((s) => live(s.input.groups).map((g) => g.id as string)));

  const cases = seances.flatMap((s) => {
    const said = new Map<string, string[]>();
    for (const p of s.text.passages) {
      if (!p.speaker) continue;
      const list = said.get(p.speaker);
      if (list) list.push(guid('selection', p.id));
      else said.set(p.speaker, [guid('selection', p.id)]);
    }
    // Everyone in the circle, and anyone removed whose words are quoted.
    const people = [...s.input.participants].filter((p) => !p.deleted || said.has(p.id)).sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, 'fr', { numeric: true }));
    return people.map((p) =>
      [
        `    <Case${attrs({ guid: guid('case', p.id), name: t('qdpx.case', { label: p.pseudonym, seance: s.label }) })}>`,
        textValue(PUBLIC_GUID, s.audience, '      '),
        textValue(SEANCE_GUID, s.label, '      '),
        ...(said.get(p.id) ?? []).map((g) => `      <SelectionRef${attrs({ targetGUID: g })}/>`),
        '    </Case>',
      ].join('\n'),
    );
  });

  const sources = seances.map((s) =>
    [
      `    <TextSource${attrs({ guid: s.sourceGuid, name: t('qdpx.source', { title: oneLine(s.input.session.title), seance: s.label }), plainTextPath: `internal://${s.fileGuid}.txt` })}>`,
      ...s.text.passages.map((p) => selectionXml(p, user, known)),
      textValue(PUBLIC_GUID, s.audience, '      '),
      textValue(SEANCE_GUID, s.label, '      '),
      '    </TextSource>',
    ].join('\n'),
  );

  const variable = (g: string, label: string) => `    <Variable${attrs({ guid: g, name: label, typeOfVariable: 'Text' })}/>`;
  const qde = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${SCHEMA}"${attrs({ name, origin: req.origin })}>`,
    ...(users.length > 0 ? ['  <Users>', ...users, '  </Users>'] : []),
    '  <CodeBook>',
    '    <Codes>',
    ...codes.map((c) => codeXml(c, '      ')),
    '    </Codes>',
    '  </CodeBook>',
    '  <Variables>',
    variable(PUBLIC_GUID, t('qdpx.variable.public')),
    variable(SEANCE_GUID, t('qdpx.variable.seance')),
    '  </Variables>',
    ...(cases.length > 0 ? ['  <Cases>', ...cases, '  </Cases>'] : []),
    ...(sources.length > 0 ? ['  <Sources>', ...sources, '  </Sources>'] : []),
    `  <Description>${xmlText(t('qdpx.description'))}</Description>`,
    '</Project>',
    '',
  ].join('\n');
  return { name, qde, sources: seances.map((s) => ({ path: `sources/${s.fileGuid}.txt`, text: s.text.text })) };
}
