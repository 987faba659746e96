// The current time, refreshed every second while mounted: timers are recomputed from timestamps.
import { useEffect, useState } from 'preact/hooks';
import { now } from '../../platform/clock';

export function useNow(intervalMs = 1000): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const tick = () => setTime(now());
    const id = setInterval(tick, intervalMs);
    // A tablet waking up must show the right time at once, not a second later.
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [intervalMs]);
  return time;
}
