/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The build output (dist/) is copied into target/classes/static by Maven (see pom.xml), so the
// Spring Boot app serves it from classpath:/static/ at "/".
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be bundled, not inlined, but every browser we target supports modulepreload.
    modulePreload: { polyfill: false },
    // Keep every script and stylesheet a separate file: the CSP allows no inline code.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` against a running backend: `java -jar target/twir-archive.jar` on 8080.
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
