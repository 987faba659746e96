// Bench page entry: runs the case named in ?case= and leaves its figures on window for the runner.
import { dbWrite } from './dbWrite';
import { demarcheFiles } from './demarcheFiles';
import { board } from './board';
import { floorTap } from './floorTap';
import { planFile } from './planFile';
import { report } from './report';
import { scaleFile } from './scaleFile';
import { importFile, mergeTwo } from './transfer';
import { verbatimEnter } from './verbatimEnter';

const cases: Record<string, () => Promise<unknown>> = { 'db-write': dbWrite, 'floor-tap': floorTap, board, 'import-file': importFile, 'merge-two': mergeTwo, report, 'verbatim-enter': verbatimEnter, 'scale-file': scaleFile, 'plan-file': planFile, 'demarche-files': demarcheFiles };

declare global {
  interface Window {
    __bench?: { ok: true; result: unknown } | { ok: false; error: string };
  }
}

const name = new URLSearchParams(location.search).get('case') ?? '';
const run = cases[name];
(run ? run() : Promise.reject(new Error(`unknown case ${name}`))).then(
  (result) => (window.__bench = { ok: true, result }),
  (error: unknown) => (window.__bench = { ok: false, error: String(error) }),
);
