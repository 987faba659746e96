// Build, PWA and test configuration for Cercle (one file so the app and its tests resolve alike).
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The production page may talk to nothing but its own origin; dev keeps Vite's inline HMR styles.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'cercle-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

type ModuleGraph = { getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null };
const PAGE = fileURLToPath(new URL('./index.html', import.meta.url));
const firstScreenOf = new WeakMap<ModuleGraph, Set<string>>();

/**
 * Every module the first screen loads statically goes in one chunk. Left to itself the bundler gives each module shared
 * with a lazy screen a chunk of its own, and each small file costs its own gzip and import overhead on the first screen
 * (three files of under 0.5 KB cost 0.85 KB gzip). Lazy screens import from this chunk, which is always loaded already.
 */
function firstScreenChunk(id: string, graph: ModuleGraph): string | null {
  let reached = firstScreenOf.get(graph);
  if (!reached) {
    reached = new Set();
    const queue = [PAGE];
    while (queue.length > 0) {
      const next = queue.pop()!;
      for (const dep of graph.getModuleInfo(next)?.importedIds ?? []) if (!reached.has(dep)) reached.add(dep), queue.push(dep);
    }
    firstScreenOf.set(graph, reached);
  }
  return reached.has(id) && !graph.getModuleInfo(id)?.isEntry ? 'app' : null;
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: firstScreenChunk, debugName: 'first screen' }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  plugins: [
    preact(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The precache's glob below takes every icon once; the manifest's icons added again would list them twice.
      includeManifestIcons: false,
      manifest: {
        name: "Cercle — comités d'écoute",
        short_name: 'Cercle',
        description: "Animer un comité d'écoute sur tablette, hors ligne : phases, temps de parole, post-its, verbatims et rapport de synthèse.",
        lang: 'fr-FR',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f6f6f6',
        theme_color: '#000091',
        categories: ['productivity', 'government'],
        // Opening a Cercle export from the system (installed app, Chromium) lands in the import preview.
        file_handlers: [{ action: './', accept: { 'application/json': ['.json'] } }],
        // An already open Cercle receives the file through the launch queue: nothing reloads mid-séance.
        launch_handler: { client_mode: ['focus-existing', 'auto'] },
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ico}'],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // fast-check properties and the DOCX builds are the slowest: a busy machine must not fail them.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // Shared 2-core machines: a slow run must not fail a correct test.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // WebKitGTK over WebDriver (tests/webkit/webdriver.ts): the engine of every browser on an iPad.
          name: 'webkit',
          environment: 'node',
          include: ['tests/webkit/**/*.webkit.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
