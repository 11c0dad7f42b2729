import { defineConfig } from '@hey-api/openapi-ts';

// The client in src/client/ is generated from the OpenAPI document that the
// back end exports (`make openapi`). Never edit src/client/ by hand: run
// `npm run generate-client` in frontend/ after the document changes.
export default defineConfig({
  input: process.env.OPENAPI_INPUT ?? '../openapi/openapi.json',
  output: { path: 'src/client' },
  // The SDK functions are wrapped in TanStack Query hooks in src/api/hooks.ts,
  // with query keys of our own so that mutations can invalidate exactly what
  // they change; the generator's TanStack plugin is therefore not used.
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
});
