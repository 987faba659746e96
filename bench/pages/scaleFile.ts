// Bench: hands the runner the « at scale » séance as a Cercle file, to import into the real built app.
import { scaleSeance } from './transferData';

export async function scaleFile(): Promise<{ text: string; sessionId: string; records: number }> {
  const { data, text, sessionId } = scaleSeance();
  return { text, sessionId, records: Object.values(data).reduce((n, list) => n + list.length, 0) };
}
