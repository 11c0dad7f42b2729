import { defineConfig } from '@hey-api/openapi-ts';

// The client in src/client/ is generated from the OpenAPI document that the
// back end exports (`make openapi`). Never edit src/client/ by hand: run
// `npm run generate-client` in frontend/ after the document changes.
export default defineConfig({
  input: process.env.OPENAPI_INPUT ?? '../openapi/openapi.json',
  output: { path: 'src/client' },
  // The SDK functions are wrapped in TanStack Query hooks, one file a domain in
  // src/api/, with query keys of our own so that mutations can invalidate exactly
  // what they change; the generator's TanStack plugin is therefore not used.
  plugins: [
    // Every failure is thrown (as an ApiError, see src/api/setup.ts), so `data`
    // is always there when a call returns; no call passes throwOnError itself.
    { name: '@hey-api/client-fetch', throwOnError: true },
    '@hey-api/typescript',
    '@hey-api/sdk',
  ],
});
