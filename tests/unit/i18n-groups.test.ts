// Each screen group of texts (i18n/fr.<group>.ts) is used only by code that arrives with a screen loading that group: read from the sources' imports.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frBoard } from '../../src/i18n/fr.board';
import { frConsolidation } from '../../src/i18n/fr.consolidation';
import { frFiche } from '../../src/i18n/fr.fiche';
import { frNotes } from '../../src/i18n/fr.notes';
import { frPrepare } from '../../src/i18n/fr.prepare';
import { frPlan } from '../../src/i18n/fr.plan';
import { frReport } from '../../src/i18n/fr.report';
import { frRoom } from '../../src/i18n/fr.room';
import { frSettings } from '../../src/i18n/fr.settings';
import { frShared } from '../../src/i18n/fr.shared';
import { frTransfer } from '../../src/i18n/fr.transfer';
import type { TextGroup } from '../../src/i18n';

const SRC = resolve(import.meta.dirname, '../../src');
const GROUPS: Record<TextGroup, Record<string, string>> = {
  prepare: frPrepare,
  room: frRoom,
  notes: frNotes,
  board: frBoard,
  transfer: frTransfer,
  settings: frSettings,
  report: frReport,
  fiche: frFiche,
  plan: frPlan,
  shared: frShared,
  consolidation: frConsolidation,
};

const sources = new Map<string, string>();
const read = (file: string) => sources.get(file) ?? sources.set(file, readFileSync(file, 'utf8')).get(file)!;

/** The module a relative specifier names, or null (packages, CSS). */
function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
}

/** Modules this one loads: value imports and re-exports (types vanish from the bundle), and `import()` if asked. */
function imports(file: string, dynamic: boolean): string[] {
  const code = read(file);
  const specs = [
    ...[...code.matchAll(/^(?:import|export)\s+(?!type\s)[^;'"]*?\sfrom\s+'([^']+)'/gm)].map((m) => m[1]!),
    ...(dynamic ? [...code.matchAll(/\bimport\('([^']+)'\)/g)].map((m) => m[1]!) : []),
  ];
  return specs.map((spec) => resolveModule(file, spec)).filter((f): f is string => f !== null);
}

/** Every module that runs once `entry` has loaded; catalogues are left out (they define keys, they do not use them). */
function closure(entry: string, dynamic: boolean, stops: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    // A lazy screen loaded by another one comes with its own groups: it is a screen of its own here.
    if (seen.has(file) || file.startsWith(resolve(SRC, 'i18n')) || (file !== entry && stops.has(file))) continue;
    seen.add(file);
    stack.push(...imports(file, dynamic));
  }
  return seen;
}

/** The lazy screens of App.tsx, and those a lazy screen loads in its turn (the démarche's report), each with the groups its loader fetches. */
function lazyScreens(): { file: string; groups: TextGroup[] }[] {
  return ['app/App.tsx', 'ui/demarche/DemarcheRoutes.tsx'].flatMap((at) => {
    const from = resolve(SRC, at);
    return [...read(from).matchAll(/lazyScreen\(\(\) => import\('([^']+)'\)[^\n]*?(?:, \[([^\]]*)\])?\);$/gm)].map((m) => ({
      file: resolveModule(from, m[1]!)!,
      groups: [...(m[2] ?? '').matchAll(/'(\w+)'/g)].map((g) => g[1] as TextGroup),
    }));
  });
}

/** Does this source name the key, literally or as the start of a template (`notes.tag.${tag}`)? */
function uses(code: string, key: string): boolean {
  if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``)) return true;
  return [...code.matchAll(/`([\w.]+\.)\$\{/g)].some((m) => key.startsWith(m[1]!));
}

const base = (key: string) => key.replace(/\.(one|zero)$/, '');

describe('screen groups of texts', () => {
  const screens = lazyScreens();
  // The first screen runs main.tsx and what it imports; lazy screens are import()s, so they are not followed.
  const first = closure(resolve(SRC, 'app/main.tsx'), false);
  const entries = new Set(screens.map((s) => s.file));
  const reach = screens.map((s) => ({ ...s, modules: closure(s.file, true, entries) }));
  const modules = [...new Set([...first, ...reach.flatMap((s) => [...s.modules])])];

  it('App.tsx has the lazy screens this test reads, and each loader names existing groups', () => {
    expect(screens.length).toBeGreaterThanOrEqual(11);
    for (const s of screens) for (const g of s.groups) expect(Object.keys(GROUPS)).toContain(g);
  });

  const cases = Object.entries(GROUPS).flatMap(([group, texts]) => Object.keys(texts).map((key) => ({ group: group as TextGroup, key })));

  it.each(cases)('$group: $key is used only where the screens that load « $group » are', ({ group, key }) => {
    const users = modules.filter((file) => uses(read(file), base(key)));
    const wrong = users.flatMap((file) => [
      ...(first.has(file) ? [`${relative(SRC, file)} runs on the first screen`] : []),
      ...reach.filter((s) => s.modules.has(file) && !s.groups.includes(group)).map((s) => `${relative(SRC, file)} runs in ${relative(SRC, s.file)}, which does not load it`),
    ]);
    expect(wrong).toEqual([]);
  });

  it('a plural variant lives in the catalogue of its key', () => {
    const misplaced = Object.values(GROUPS).flatMap((texts) => Object.keys(texts).filter((key) => key !== base(key) && !(base(key) in texts)));
    expect(misplaced).toEqual([]);
  });
});
