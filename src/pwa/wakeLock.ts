// Keeps the tablet's screen awake while the room is shown; re-acquired when the page is visible again.
import { useEffect } from 'preact/hooks';

type Sentinel = { release(): Promise<void>; released: boolean };
type WakeLockApi = { request(type: 'screen'): Promise<Sentinel> };

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
    if (!active || !api) return;
    let sentinel: Sentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        sentinel = await api.request('screen');
        if (stopped) void sentinel.release();
      } catch {
        // Refused (battery saver, unsupported policy): the room works anyway, the screen may dim.
      }
    };
    void acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
