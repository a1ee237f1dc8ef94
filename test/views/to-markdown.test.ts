import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { toMarkdown } from '../../src/export/index.js';
import { realisticPlan } from '../helpers.js';

const md = new MarkdownIt();

function outline(markdown: string) {
  const tokens = md.parse(markdown, {});
  const headings: string[] = [];
  const tasks: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open')
      headings.push(`${token.tag} ${(tokens[i + 1]?.children ?? []).map((child) => child.content).join('')}`);
    if (token.type === 'inline' && /^\[[ x]\] /.test(token.content) && tokens[i - 2]?.type === 'list_item_open')
      tasks.push(token.content);
  });
  return { tokens, headings, tasks };
}

describe('toMarkdown', () => {
  const plan = realisticPlan();

  it('matches the stored snapshot of a realistic plan (deterministic output)', () => {
    const text = toMarkdown(plan, { includeHistory: true });
    expect(text).toBe(toMarkdown(plan, { includeHistory: true }));
    expect(text).toMatchSnapshot();
  });

  it('parses as CommonMark with the sections of a career action plan', () => {
    const { headings } = outline(toMarkdown(plan, { includeHistory: true }));
    expect(headings).toEqual([
      "h1 Alex's career action plan",
      'h2 Journey',
      'h2 Background',
      'h2 Self-assessment',
      'h3 O*NET Interest Profiler',
      'h2 Career options',
      'h3 Computer User Support Specialist',
      'h3 Computer Network Support Specialist',
      'h2 Decision',
      'h2 Short-term goals',
      'h3 Finish the CompTIA A+ certificate',
      'h2 Long-term goals',
      'h3 Work as a help desk technician',
      'h2 Barriers',
      'h2 Resources',
      'h2 Milestones',
      'h2 Alternatives',
      'h2 Notes',
      'h2 Revision log',
    ]);
  });

  it('renders strategies as checklists with due dates, and the journey and log as ordered lists', () => {
    const text = toMarkdown(plan, { includeHistory: true });
    const { tasks, tokens } = outline(text);
    expect(tasks).toContain('[x] Enroll in the evening course (due 2026-02-15, by me, done 2026-01-05)');
    expect(tasks).toContain('[ ] Pass Core 1 (due 2026-06-30, by me); success: Score of 675 or more');
    const ordered = tokens.filter((t) => t.type === 'ordered_list_open');
    expect(ordered).toHaveLength(2);
    expect(text).toContain("21. 2026-01-05: Alex Rivera completed the strategy 'Enroll in the evening course'");
  });

  it('leaves out the history unless asked, and notes when asked', () => {
    expect(toMarkdown(plan)).not.toContain('## Revision log');
    expect(toMarkdown(plan, { includeNotes: false })).not.toContain('## Notes');
  });

  it('escapes text from the plan so it cannot add structure, links or HTML', () => {
    const hostile = cp.addGoal(plan, {
      title: '# Not a heading <script>alert(1)</script> [link](javascript:x)',
      description: '- not a list\n\n1. not ordered\n> not a quote',
      kind: 'skill',
      horizon: 'short',
      strategies: [{ title: '**bold** _em_ `code` | pipe' }],
    });
    const text = toMarkdown(hostile);
    const html = md.render(text);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('<strong>bold</strong>');
    const { headings } = outline(text);
    expect(headings.filter((h) => h.includes('Not a heading'))).toHaveLength(1);
    expect(md.parse(text, {}).filter((t) => t.type === 'blockquote_open')).toHaveLength(0);
  });

  it('works on a new plan', () => {
    const text = toMarkdown(cp.createPlan({ owner: { id: 'alex' } }, { env: cp.fixedEnv() }));
    expect(outline(text).headings).toEqual(['h1 Career action plan', 'h2 Journey']);
  });
});
