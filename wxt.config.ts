import { defineConfig } from 'wxt';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { makeZipReproducible } from './scripts/reproducible-zip';

// Attaché's manifest. Permissions are the minimum the features need; each is justified in README.md.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip is for store review: test output does not belong in it.
  zip: { excludeSources: ['e2e-artifacts/**', 'coverage/**'] },
  // Reproducible zips: entries sorted by name, one fixed time stamp (scripts/reproducible-zip.ts).
  hooks: {
    // The content script runs on every page and is held to a size budget (issue 8): it uses the
    // browser's own promise-based API (what WXT's `wxt/browser` is without the polyfill module), not
    // the polyfill's 3 KB (gzipped) of wrappers. Chrome MV3 and Firefox both return promises; the
    // one difference, an onMessage listener answering with a promise, is handled in
    // entrypoints/content/listen.ts. The extension's pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      withoutPolyfill(config);
      config.plugins = [...(config.plugins ?? []), terserAfterMinify()];
    },
    'zip:extension:done': (_wxt, zipPath) => makeZipReproducible(zipPath),
    'zip:sources:done': (_wxt, zipPath) => makeZipReproducible(zipPath),
  },
  manifest: ({ browser }) => ({
    // UI text in public/_locales (en, fr); English when the browser's language has no file.
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: ['storage', 'activeTab', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_ext_command_toggle__',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_ext_command_save__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'attache@attache.dev',
              // 140 (the current ESR) is the first desktop release that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

/** Drops the polyfill module's `wxt/browser` alias from one build's Vite config. */
function withoutPolyfill(config: { resolve?: { alias?: unknown } }): void {
  const alias = config.resolve?.alias;
  const polyfill = (target: unknown) => typeof target === 'string' && target.includes('webextension-polyfill');
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((a: { find?: unknown; replacement?: unknown }) => !(a.find === 'wxt/browser' && polyfill(a.replacement)));
  } else if (alias && typeof alias === 'object' && polyfill((alias as Record<string, unknown>)['wxt/browser'])) {
    delete (alias as Record<string, unknown>)['wxt/browser'];
  }
}

/**
 * The content script is held to a size budget (issue 8). Vite's own minifier leaves room that terser,
 * run over its output, takes: about 700 bytes gzipped (1.2%); terser alone, instead of Vite's, saved
 * under 30. Only that bundle is minified twice; its code does the same, it is only shorter.
 */
function terserAfterMinify(): Plugin {
  return {
    name: 'attache:terser-after-minify',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, mangle: true });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}
