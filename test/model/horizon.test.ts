import { describe, expect, it } from 'vitest';
import { CareerPlanError, classifyHorizon } from '../../src/index.js';

describe('classifyHorizon', () => {
  it('uses one year and five years by default', () => {
    expect(classifyHorizon('2026-11-27', '2026-11-28')).toBe('past');
    expect(classifyHorizon('2026-11-28', '2026-11-28')).toBe('short');
    expect(classifyHorizon('2027-11-28', '2026-11-28')).toBe('short');
    expect(classifyHorizon('2027-11-29', '2026-11-28')).toBe('long');
    expect(classifyHorizon('2031-11-28', '2026-11-28')).toBe('long');
    expect(classifyHorizon('2031-11-29', '2026-11-28')).toBe('beyond');
  });

  it('takes other thresholds', () => {
    expect(classifyHorizon('2027-06-01', '2026-11-28', { shortTermMonths: 6, longTermMonths: 36 })).toBe('long');
    expect(classifyHorizon('2027-05-28', '2026-11-28', { shortTermMonths: 6 })).toBe('short');
  });

  it('clamps month ends', () => {
    expect(classifyHorizon('2027-02-28', '2026-08-31', { shortTermMonths: 6 })).toBe('short');
    expect(classifyHorizon('2027-03-01', '2026-08-31', { shortTermMonths: 6 })).toBe('long');
  });

  it('rejects bad dates and thresholds', () => {
    expect(() => classifyHorizon('2027-02-30', '2026-11-28')).toThrow(CareerPlanError);
    expect(() => classifyHorizon('2027-01-01', '2026-11-28', { shortTermMonths: 24, longTermMonths: 12 })).toThrow(
      /ordered|<=/,
    );
  });
});
