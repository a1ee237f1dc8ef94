import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { runMigrations } from '../../src/format/migrations.js';
import { realisticPlan, wholeDocument } from '../helpers.js';

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
    const v2 = cp.serialize(
      cp.deserialize(readFileSync(new URL('../fixtures/document-v2.json', import.meta.url), 'utf8')),
    );
    const v3 = cp.serialize(
      cp.deserialize(readFileSync(new URL('../fixtures/document-v3.json', import.meta.url), 'utf8')),
    );
    const v4 = cp.serialize(
      cp.deserialize(readFileSync(new URL('../fixtures/document-v4.json', import.meta.url), 'utf8')),
    );
    // Whole revisions without the plan as created, as a store assembles a document from its rows.
    const whole = wholeDocument(cp.undo(realisticPlan()));
    for (const text of [cp.serialize(realisticPlan()), cp.serialize(cp.undo(realisticPlan())), v2, v3, v4, whole]) {
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('a document of an earlier version is not a version-5 document until migrated', () => {
    for (const [name, version] of [
      ['document-v1.json', 1],
      ['document-v2.json', 2],
      ['document-v3.json', 3],
      ['document-v4.json', 4],
    ] as const) {
      const old = JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
      expect(validate(old)).toBe(false);
      expect(validate(runMigrations(old, version, 5))).toBe(true);
    }
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
      {
        ...doc,
        revisions: [{ ...doc.revisions[0], ops: [{ op: 'set', kind: 'plan', set: { ['__proto__']: 1 }, old: {} }] }],
      },
      { ...doc, revisions: [{ ...doc.revisions[0], action: 'goal.ad' }] },
      { ...doc, revisions: [{ ...doc.revisions[0], seq: 0 }] },
    ];
    for (const value of broken) {
      expect(validate(value)).toBe(false);
      expect(cp.safeDeserialize(value).success).toBe(false);
    }
  });
});
