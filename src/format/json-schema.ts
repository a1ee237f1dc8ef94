import * as z from 'zod';
import { jsonObjectSchema } from '../model/json-value.js';
import { freezeNew } from '../history/freeze.js';
import { FORMAT_VERSION, documentSchema } from './document.js';

const JSON_OBJECT_JSON_SCHEMA: z.core.JSONSchema.JSONSchema = {
  type: 'object',
  propertyNames: { type: 'string', maxLength: 200, not: { enum: ['__proto__', 'constructor', 'prototype'] } },
};

let cached: Readonly<Record<string, unknown>> | undefined;

/**
 * The JSON Schema (draft 2020-12) of a career-plan document, generated from the same zod
 * schemas that validate it, for apps in other languages. Computed on first call and frozen. The
 * package also ships it as a file: `import schema from 'career-plan/schema.json'`.
 *
 * JSON Schema cannot say everything `deserialize` checks (unique ids, references, the history
 * reproducing the plan), so a document that passes it may still be refused on load; one that
 * fails it always is.
 *
 * @example
 * ```ts
 * import { documentJsonSchema } from 'career-plan';
 *
 * const schema = documentJsonSchema();
 * console.log(schema.$schema); // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category Documents
 */
export function documentJsonSchema(): Readonly<Record<string, unknown>> {
  if (cached === undefined) {
    const generated = z.toJSONSchema(documentSchema, {
      target: 'draft-2020-12',
      io: 'output',
      // The custom checks: any JSON value (stage data) is any JSON, and a plain JSON object
      // (operation values, changes) is an object whose keys cannot reach a prototype. (`override` rather than an
      // `unrepresentable` function,
      // which zod only takes from 4.5 on: the peer range starts at 4.3.)
      unrepresentable: 'any',
      override: (ctx) => {
        if (ctx.zodSchema === jsonObjectSchema) Object.assign(ctx.jsonSchema, structuredClone(JSON_OBJECT_JSON_SCHEMA));
      },
    }) as Record<string, unknown>;
    const schema = {
      ...generated,
      $id: `urn:career-plan:document:${FORMAT_VERSION}`,
      title: `career-plan document, format version ${FORMAT_VERSION}`,
    };
    freezeNew(schema);
    cached = schema;
  }
  return cached;
}
