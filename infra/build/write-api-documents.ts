import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventCatalogueDocument } from '#infra/definitions/openapi/event-catalogue';
import { openApiDocument } from '#infra/definitions/openapi/openapi-document';

/** `npm run openapi`: the API in OpenAPI 3.1 and the bus's event catalogue, for other tools, under `dist/`. */
const distDirectory = fileURLToPath(new URL('../../dist', import.meta.url));

const written = {
  'openapi.json': openApiDocument(),
  'events.json': eventCatalogueDocument(),
};
await mkdir(distDirectory, { recursive: true });
for (const [name, document] of Object.entries(written)) {
  const path = join(distDirectory, name);
  await writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${path}`);
}
