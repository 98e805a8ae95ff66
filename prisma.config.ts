import { defineConfig } from 'prisma/config';

// The app connects through driver adapters (src/storage/client.ts) and migrates through the
// WebAssembly schema engine (src/storage/migrate.ts); this file only tells the Prisma CLI where
// the schema and migrations are, for `prisma generate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
