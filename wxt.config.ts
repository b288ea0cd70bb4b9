import { defineConfig } from 'wxt';
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
      if (entrypoints.some((e) => e.type === 'content-script')) withoutPolyfill(config);
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
