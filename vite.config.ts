import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    // The browsers in PRODUCT.md: Chrome/WebView 90+, Firefox 100+, Safari 15+.
    target: ['chrome90', 'firefox100', 'safari15'],
    sourcemap: false,
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false, // the app registers it with workbox-window (src/features/update)
      registerType: 'prompt',
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        // The shell, every locale chunk, avatars, icons and woff2 fonts: all needed offline.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,webmanifest}'],
        globIgnores: ['**/*.woff'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        buildPlugins: { vite: [] },
        rollupFormat: 'iife',
      },
      manifest: {
        name: 'Sabil · سبيل',
        short_name: 'Sabil',
        description: 'Lessons that work without internet',
        lang: 'ar',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fffaf2',
        theme_color: '#0b6e4f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
});
