import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { toICalendar } from '../../src/export/index.js';
import { realisticPlan } from '../helpers.js';

function todos(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vtodo').map((todo) => ({
    uid: todo.getFirstPropertyValue('uid'),
    summary: todo.getFirstPropertyValue('summary'),
    due: String(todo.getFirstPropertyValue('due')),
    status: todo.getFirstPropertyValue('status'),
    priority: todo.getFirstPropertyValue('priority'),
    dtstamp: String(todo.getFirstPropertyValue('dtstamp')),
    related: todo.getFirstPropertyValue('related-to'),
  }));
}

describe('toICalendar', () => {
  const env = cp.fixedEnv({ start: '2026-11-28T10:30:00.000Z' });
  const plan = cp.updateStrategy(realisticPlan(), 's2', { status: 'in-progress' });

  it('writes RFC 5545 VTODO entries that an iCalendar parser reads back', () => {
    const ics = toICalendar(plan, { env });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(todos(ics)).toEqual([
      {
        uid: 's1.plan-alex@career-plan',
        summary: 'Enroll in the evening course',
        due: '2026-02-15',
        status: 'COMPLETED',
        priority: 1,
        dtstamp: '2026-11-28T10:30:00Z',
        related: 'g1.plan-alex@career-plan',
      },
      {
        uid: 's2.plan-alex@career-plan',
        summary: 'Pass Core 1',
        due: '2026-06-30',
        status: 'IN-PROCESS',
        priority: 1,
        dtstamp: '2026-11-28T10:30:00Z',
        related: 'g1.plan-alex@career-plan',
      },
      {
        uid: 'g1.plan-alex@career-plan',
        summary: 'Goal: Finish the CompTIA A+ certificate',
        due: '2026-09-30',
        status: 'NEEDS-ACTION',
        priority: 1,
        dtstamp: '2026-11-28T10:30:00Z',
        related: null,
      },
      {
        uid: 'g2.plan-alex@career-plan',
        summary: 'Goal: Work as a help desk technician',
        due: '2027-06-30',
        status: 'NEEDS-ACTION',
        priority: 5,
        dtstamp: '2026-11-28T10:30:00Z',
        related: null,
      },
    ]);
  });

  it('leaves out goals or closed entries when asked', () => {
    expect(todos(toICalendar(plan, { env, includeGoals: false })).map((t) => t.uid)).toEqual([
      's1.plan-alex@career-plan',
      's2.plan-alex@career-plan',
    ]);
    expect(todos(toICalendar(plan, { env, includeClosed: false })).map((t) => t.uid)).not.toContain(
      's1.plan-alex@career-plan',
    );
  });

  it('escapes text and folds long lines without breaking characters', () => {
    const long = cp.addStrategy(plan, 'g2', {
      title: 'Ask; then, follow up\\again — über-long '.repeat(6).trim(),
      dueDate: '2027-01-15',
    });
    const ics = toICalendar(long, { env });
    const entry = todos(ics).find((t) => t.due === '2027-01-15');
    expect(entry?.summary).toBe('Ask; then, follow up\\again — über-long '.repeat(6).trim());
    expect(ics).toContain('\r\n ');
  });

  it('folds every line at 75 octets, never inside a character, and unfolds to the text (property)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (title) => {
        fc.pre(title.trim().length > 0 && !/[\r\n]/.test(title));
        const env = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
        const plan = cp.addGoal(
          cp.createPlan({ owner: { id: 'alex' } }, { env }),
          { id: 'g1', title, kind: 'skill', horizon: 'short', targetDate: '2026-09-30' },
          { env },
        );
        const text = toICalendar(plan, { env });
        const lines = text.split('\r\n');
        for (const [i, line] of lines.entries()) {
          expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
          // No line starts or ends in the middle of a surrogate pair.
          expect(/^ ?[\uDC00-\uDFFF]/.test(line) && /[\uD800-\uDBFF]$/.test(lines[i - 1] ?? '')).toBe(false);
        }
        const unfolded = text.replace(/\r\n /g, '');
        const summary = unfolded.split('\r\n').find((line) => line.startsWith('SUMMARY:'));
        // Titles are trimmed as they come in.
        const escaped = title.trim().replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
        expect(summary).toBe(`SUMMARY:Goal: ${escaped}`);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic under a fixed environment', () => {
    expect(toICalendar(plan, { env: cp.fixedEnv() })).toBe(toICalendar(plan, { env: cp.fixedEnv() }));
  });
});
