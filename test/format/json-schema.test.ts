import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { realisticPlan } from '../helpers.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(cp.documentJsonSchema());

describe('the JSON Schema of a document', () => {
  it('is draft 2020-12, frozen, and generated from the zod schemas', () => {
    const schema = cp.documentJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.isFrozen(schema)).toBe(true);
    expect(cp.documentJsonSchema()).toBe(schema);
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
  });

  it('accepts serialized documents, checked by a real validator (ajv)', () => {
    for (const text of [cp.serialize(realisticPlan()), cp.serialize(cp.undo(realisticPlan())), readFileSync(new URL('../fixtures/document-v2.json', import.meta.url), 'utf8')]) {
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('a version-1 document is not a version-2 document until migrated', () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/document-v1.json', import.meta.url), 'utf8'));
    expect(validate(v1)).toBe(false);
    expect(validate(cp.runMigrations(v1, 1, 2))).toBe(true);
  });

  it('rejects documents with wrong shapes, as deserialize does', () => {
    const doc = JSON.parse(cp.serialize(realisticPlan()));
    const broken = [
      { ...doc, format: 'other' },
      { ...doc, extra: 1 },
      { ...doc, plan: { ...doc.plan, createdAt: 'yesterday' } },
      { ...doc, plan: { ...doc.plan, stage: 'Not A Stage' } },
      { ...doc, plan: { ...doc.plan, goals: [{ ...doc.plan.goals[0], horizon: 'medium' }] } },
      { ...doc, plan: { ...doc.plan, careerOptions: [{ ...doc.plan.careerOptions[0], socCode: '15-1232' }] } },
      { ...doc, revisions: [{ ...doc.revisions[0], patches: [{ op: 'add', path: ['__proto__'], value: 1 }] }] },
      { ...doc, revisions: [{ ...doc.revisions[0], seq: 0 }] },
    ];
    for (const value of broken) {
      expect(validate(value)).toBe(false);
      expect(cp.safeDeserialize(value).success).toBe(false);
    }
  });
});
