// The démarches an import's preview names, by id: their titles as the files have them, or as this tablet does.
import { demarchesHere } from '../db/transfer';
import type { Demarche, DemarcheId } from '../domain/types';
import type { ImportPreview } from './importFile';

/**
 * Every démarche the preview may name (the files' séances', the batch's target, the ones séances are in
 * here): the latest revision a file brings, else this tablet's record. One the preview cannot name is left
 * out (the screen says « démarche sans titre »).
 */
export async function demarcheTitles(files: readonly ImportPreview[], target: DemarcheId | null): Promise<Map<string, string>> {
  const ids = new Set<string>(target ? [target] : []);
  for (const f of files) {
    for (const d of f.demarcheIds) if (d !== '') ids.add(d);
    // A séance the file or this tablet has in no démarche ('') has no title to find.
    for (const m of f.moves) for (const id of [m.here, m.file]) if (id !== '') ids.add(id);
  }
  const latest = new Map<string, Demarche>();
  for (const d of [...(await demarchesHere([...ids])), ...files.flatMap((f) => f.envelope.data.demarches)]) {
    const was = latest.get(d.id);
    if (!was || d.rev > was.rev) latest.set(d.id, d);
  }
  return new Map([...ids].flatMap((id) => (latest.has(id) ? [[id, latest.get(id)!.title] as const] : [])));
}
