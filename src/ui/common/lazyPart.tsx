// A part of a screen loaded after the screen itself (nothing shown until then): keeps what few tablets need out of the first screen.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadTexts, type TextGroup } from '../../i18n';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, texts: readonly TextGroup[] = []): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyPart(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      // Code and texts together: the part never renders a bare key.
      pending ??= Promise.all([load(), ...texts.map(loadTexts)]).then(([c]) => (loaded = c));
      let alive = true;
      // A chunk that fails to load (offline before the precache finished) leaves the screen as it was.
      void pending.then(() => alive && setReady(true), () => (pending = null));
      return () => {
        alive = false;
      };
    }, []);
    if (!loaded) return null;
    const Part = loaded;
    return <Part {...props} />;
  };
}
