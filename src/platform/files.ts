// Files in and out of the tablet without any network: share sheet or download, size-capped reading, files opened from the system.

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

/**
 * Hand a file to the person: the system share sheet (AirDrop, Files, mail…) where the browser can
 * share files, a download everywhere else. A share refused by the browser (e.g. no user gesture left)
 * falls back to a download; a share cancelled by the person is just cancelled.
 */
export async function deliverFile(name: string, content: string | Blob, type = 'application/json'): Promise<Delivery> {
  const file = new File([content], name, { type });
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  if (nav && typeof nav.share === 'function' && typeof nav.canShare === 'function') {
    let can = false;
    try {
      can = nav.canShare({ files: [file] });
    } catch {
      can = false;
    }
    if (can) {
      try {
        await nav.share({ files: [file], title: name });
        return 'shared';
      } catch (error) {
        if (isAbort(error)) return 'cancelled';
      }
    }
  }
  download(file, name);
  return 'downloaded';
}

/** Save through an object URL and <a download>: nothing leaves the device. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type ReadText = { ok: true; text: string } | { ok: false; reason: 'tooBig' | 'unreadable' };

/** The file's text, refusing by its size BEFORE reading anything, so a huge file never fills memory. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<ReadText> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooBig' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** The File Handling API (Chromium, installed app): files opened with Cercle from the system arrive here. */
interface LaunchQueue {
  setConsumer(consumer: (params: { files?: readonly { getFile(): Promise<File> }[] }) => void): void;
}

export function onLaunchedFiles(take: (files: File[]) => void): void {
  const queue = typeof window !== 'undefined' ? (window as { launchQueue?: LaunchQueue }).launchQueue : undefined;
  if (!queue || typeof queue.setConsumer !== 'function') return;
  queue.setConsumer((params) => {
    const handles = params.files ?? [];
    // Every file opened with Cercle at once: one preview sums them up.
    if (handles.length > 0) void Promise.all(handles.map((h) => h.getFile())).then(take, () => undefined);
  });
}

/** Files dragged over the window (not text or links being dragged inside the page). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return !!data && [...data.types].includes('Files');
}
