// Test helpers for the analysis export (.qdpx): unzip it, find the REFI-QDA schema, run xmllint on project.qde.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Every entry of the zip as text (a .qdpx holds only XML and plain text here). */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The standard's Project.xsd, where it is kept outside this repository (tests/fixtures/refi-qda/README.md). */
export function schemaPath(): string | null {
  const candidates = [process.env.REFI_QDA_XSD, resolve(import.meta.dirname, '../../shared/refi-qda/Project.xsd')];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** xmllint on the project: well-formed always, valid against the schema when it is there. Throws with xmllint's words. */
export function xmllint(qde: string, schema: string | null): void {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-qde-'));
  try {
    const file = join(dir, 'project.qde');
    writeFileSync(file, qde);
    const args = schema ? ['--noout', '--nonet', '--schema', schema, file] : ['--noout', '--nonet', file];
    try {
      execFileSync('xmllint', args, { stdio: 'pipe' });
    } catch (error) {
      const e = error as { stderr?: Buffer; stdout?: Buffer };
      throw new Error(`xmllint refused project.qde:\n${String(e.stderr ?? '')}${String(e.stdout ?? '')}`.slice(0, 4000));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const GUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
