import { describe, expect, it } from 'vitest';
import { CareerPlanError, createPlan, safely } from '../../src/index.js';

describe('CareerPlanError', () => {
  it('carries a code, a message and details', () => {
    const error = new CareerPlanError('not-found', 'No such goal', { id: 'g9' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CareerPlanError');
    expect(error.code).toBe('not-found');
    expect(error.details).toEqual({ id: 'g9' });
  });

  it('safely turns CareerPlanError into a result and rethrows anything else', () => {
    expect(safely(() => 1)).toEqual({ success: true, data: 1 });
    const failed = safely(() => createPlan({ owner: { id: '' } }));
    expect(failed.success).toBe(false);
    if (!failed.success) expect(failed.error.code).toBe('invalid-input');
    expect(() =>
      safely(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
