// Writes the committed copy of the OpenAPI document; a unit test fails when it drifts from the routes.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../server/http/openapi.ts';

writeFileSync('openapi.json', `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log('openapi.json ditulis.');
