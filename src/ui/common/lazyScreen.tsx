// Loads a screen's code, and the texts only it needs, on first use, so the first screen stays small; chunks are precached for offline.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadTexts, type TextGroup } from '../../i18n';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, texts: readonly TextGroup[] = []): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      // Code and texts together: the screen never renders a bare key.
      pending ??= Promise.all([load(), ...texts.map(loadTexts)]).then(([c]) => (loaded = c));
      let alive = true;
      void pending.then(() => alive && setReady(true));
      return () => {
        alive = false;
      };
    }, []);
    if (!loaded) return <main id="main" class="page" aria-busy="true" />;
    const Screen = loaded;
    return <Screen {...props} />;
  };
}
