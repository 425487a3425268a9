import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi.ts';

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('matches the committed openapi.json (run `npm run openapi` after changing a route)', () => {
    const committed = JSON.parse(readFileSync('openapi.json', 'utf8'));
    expect(doc).toEqual(committed);
  });

  it('is OpenAPI 3.1 with named schemas and every foundation route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining([
        'BusinessDetail',
        'BusinessInput',
        'Person',
        'Permit',
        'DashboardSummary',
        'ErrorResponse',
      ]),
    );
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/areas',
        '/api/v1/businesses',
        '/api/v1/businesses/{id}',
        '/api/v1/businesses/{id}/history',
        '/api/v1/people',
        '/api/v1/people/{id}',
        '/api/v1/permits',
        '/api/v1/dashboard/summary',
      ]),
    );
  });
});
