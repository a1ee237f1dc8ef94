import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { PICTURE_PALETTE, interestHexagon, timeline } from '../../src/pictures/index.js';
import { es } from '../../src/locales/es.js';
import { codeOf, realisticPlan } from '../helpers.js';

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Element[];
  text: string;
}

/** Parses `svg` with a conformant XML parser (namespaces on); any error fails the test. */
function parse(svg: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let root: Element | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    const element: Element = { name: tag.name, attributes, children: [], text: '' };
    if (tag.uri !== 'http://www.w3.org/2000/svg') throw new Error(`${tag.name} is not in the SVG namespace`);
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top !== undefined) top.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(svg).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

const all = (element: Element): Element[] => [element, ...element.children.flatMap(all)];
const texts = (element: Element): string[] =>
  all(element)
    .map((e) => e.text)
    .filter((t) => t !== '');

/** SVG 1.1 elements the pictures use: nothing else (no script, no foreignObject, no links). */
const ALLOWED = new Set(['svg', 'title', 'desc', 'rect', 'g', 'polygon', 'line', 'circle', 'text']);

function checkPicture(svg: string, lang: string): Element {
  const root = parse(svg);
  expect(root.name).toBe('svg');
  expect(root.attributes).toMatchObject({ version: '1.1', role: 'img', 'xml:lang': lang });
  expect(root.attributes.viewBox).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
  const [title, desc] = root.children;
  expect([title?.name, desc?.name]).toEqual(['title', 'desc']);
  expect(root.attributes['aria-labelledby']).toBe(`${title?.attributes.id} ${desc?.attributes.id}`);
  for (const element of all(root)) {
    expect(ALLOWED.has(element.name), element.name).toBe(true);
    for (const name of Object.keys(element.attributes)) expect(name.startsWith('on'), name).toBe(false);
  }
  return root;
}

/** WCAG 2.1 contrast ratio of a colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

function withProfiles(): cp.Plan {
  let plan = cp.addAssessment(cp.createPlan({ owner: { id: 'alex', name: 'Alex Rivera' } }), {
    kind: 'interests',
    instrument: 'O*NET Interest Profiler',
    takenAt: '2026-01-06',
    results: {
      riasec: { realistic: 100, investigative: 50, artistic: 0, social: 25, enterprising: 75, conventional: 100 },
    },
  });
  plan = cp.addCareerOption(plan, {
    id: 'support',
    title: 'Computer User Support Specialist',
    interests: { realistic: 7, investigative: 4, artistic: 1, social: 2.5, enterprising: 5.5, conventional: 7 },
  });
  return cp.addCareerOption(plan, {
    id: 'clerk',
    title: '</svg><script>alert(1)</script> & "Clerk"',
    interests: { realistic: 1, investigative: 1, artistic: 1, social: 1, enterprising: 1, conventional: 7 },
  });
}

describe('the palette', () => {
  it('holds WCAG AA contrast against white for every colour', () => {
    for (const [name, colour] of Object.entries(PICTURE_PALETTE))
      expect(contrastWithWhite(colour), name).toBeGreaterThanOrEqual(4.5);
  });
});

describe('interestHexagon', () => {
  it('is a standalone SVG 1.1 picture, with the person and two options each drawn to its own scale', () => {
    const svg = interestHexagon(withProfiles(), { optionIds: ['support', 'clerk'] });
    const root = checkPicture(svg, 'en');
    const polygons = all(root).filter((e) => e.name === 'polygon');
    // Four grid rings, then the person and the two options.
    expect(polygons).toHaveLength(7);
    const ring = polygons[3]?.attributes.points;
    // The person scored 100 on Realistic and Conventional: those points are on the outer ring, as are the option's 7s.
    const corners = ring?.split(' ') ?? [];
    const person = polygons[4]?.attributes.points?.split(' ') ?? [];
    const support = polygons[5]?.attributes.points?.split(' ') ?? [];
    expect([person[0], person[5], support[0], support[5]]).toEqual([corners[0], corners[5], corners[0], corners[5]]);
    // Artistic 0 (person) and level 1 (option) are at the centre, where the spokes start.
    const spoke = all(root).find((e) => e.name === 'line')?.attributes;
    expect(person[2]).toBe(`${spoke?.x1},${spoke?.y1}`);
    expect(support[2]).toBe(`${spoke?.x1},${spoke?.y1}`);
    expect(polygons[6]?.attributes['stroke-dasharray']).toBe('2 3');
    expect(root.children[0]?.text).toBe('Interests of Alex Rivera');
    expect(root.children[1]?.text).toContain('Alex Rivera: Realistic 100, Investigative 50, Artistic 0');
    expect(texts(root)).toContain('Realistic (R)');
    expect(texts(root).join(' ')).toContain('Centre lowest, corner highest');
  });

  it('escapes what people typed: a title with markup renders as text', () => {
    const svg = interestHexagon(withProfiles(), { optionIds: ['clerk'] });
    const root = checkPicture(svg, 'en');
    expect(svg).not.toContain('<script');
    expect(texts(root)).toContain('</svg><script>alert(1)</script> & "Clerk"');
    const controls = cp.updateCareerOption(withProfiles(), 'clerk', { title: 'Clerk \u0001\uD800 office' });
    const parsed = checkPicture(interestHexagon(controls, { optionIds: ['clerk'] }), 'en');
    expect(texts(parsed)).toContain('Clerk \uFFFD\uFFFD office');
  });

  it('says everything in the catalog’s language, and says when there are no scores', () => {
    const root = checkPicture(interestHexagon(withProfiles(), { optionIds: ['support'], catalog: es }), 'es');
    expect(root.children[0]?.text).toBe('Intereses de Alex Rivera');
    expect(root.children[1]?.text).toContain('Alex Rivera: Realista 100, Investigador 50');
    expect(texts(root)).toContain('Emprendedor (E)');
    const empty = checkPicture(interestHexagon(cp.createPlan({ owner: { id: 'sam' } })), 'en');
    expect(texts(empty)).toContain('No interest scores yet');
  });

  it('refuses what it cannot draw, with CareerPlanError codes', () => {
    const plan = withProfiles();
    expect(codeOf(() => interestHexagon(plan, { optionIds: ['nope'] }))).toBe('not-found');
    expect(codeOf(() => interestHexagon(plan, { optionIds: ['support', 'clerk', 'support'] }))).toBe('invalid-input');
    const bare = cp.addCareerOption(plan, { id: 'bare', title: 'No profile' });
    expect(codeOf(() => interestHexagon(bare, { optionIds: ['bare'] }))).toBe('invalid-input');
    expect(codeOf(() => interestHexagon(plan, { size: 10 }))).toBe('invalid-input');
    expect(codeOf(() => interestHexagon(plan, { id: '1"><script>' }))).toBe('invalid-input');
    expect(codeOf(() => interestHexagon({} as cp.Plan))).toBe('invalid-plan');
  });
});

describe('timeline', () => {
  it('draws goals, steps, milestones, reviews and today, with the overdue marked', () => {
    let plan = realisticPlan();
    plan = cp.addReview(plan, { date: '2026-04-01', agreed: 'Keep going' });
    const svg = timeline(plan, { today: '2026-07-01' });
    const root = checkPicture(svg, 'en');
    expect(root.children[0]?.text).toBe("Timeline of Alex's career action plan");
    expect(root.children[1]?.text).toMatch(
      /^2 goals and \d+ steps? from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}; \d+ overdue/,
    );
    const titles = all(root)
      .filter((e) => e.name === 'title')
      .map((e) => e.text);
    expect(titles).toContain('Pass Core 1: due 2026-06-30 (overdue)');
    expect(titles).toContain('Enroll in the evening course: due 2026-02-15 (done)');
    expect(titles).toContain('Finish the CompTIA A+ certificate: target date 2026-09-30');
    expect(titles).toContain('A+ certificate earned: due 2026-09-30');
    expect(titles).toContain('Keep going: due 2026-04-01 (done)');
    const overdue = all(root).filter((e) => e.name === 'circle' && e.attributes.fill === PICTURE_PALETTE.overdue);
    expect(overdue).toHaveLength(1);
    expect(texts(root)).toEqual(expect.arrayContaining(['Milestones', 'Reviews', 'Today', 'Jul 2026']));
  });

  it('cuts long titles and keeps the whole in a title; leaves out what is outside from and to', () => {
    const long = `Finish ${'the very long '.repeat(8)}certificate`;
    let plan = cp.addGoal(cp.createPlan({ owner: { id: 'alex' } }), {
      title: long,
      kind: 'education',
      horizon: 'short',
      targetDate: '2026-09-30',
      strategies: [
        { title: 'Early', dueDate: '2026-01-15', status: 'done' },
        { title: 'Late', dueDate: '2027-05-01' },
      ],
    });
    plan = cp.addMilestone(plan, { title: '<b>', date: '2026-06-01' });
    const root = checkPicture(timeline(plan, { today: '2026-03-01', from: '2026-02-01', to: '2026-12-31' }), 'en');
    const cut = all(root).find((e) => e.name === 'text' && e.children[0]?.name === 'title');
    expect(cut?.children[0]?.text).toBe(long);
    expect(cut?.text.endsWith('…')).toBe(true);
    const titles = all(root)
      .filter((e) => e.name === 'title')
      .map((e) => e.text);
    expect(titles.some((t) => t.startsWith('Early') || t.startsWith('Late'))).toBe(false);
    expect(titles).toContain('<b>: due 2026-06-01');
  });

  it('writes in the catalog’s language, months too', () => {
    const root = checkPicture(timeline(realisticPlan(), { today: '2026-07-01', catalog: es }), 'es');
    expect(root.children[0]?.text).toBe("Cronología de Alex's career action plan");
    expect(texts(root)).toEqual(expect.arrayContaining(['Hitos', 'Hoy']));
    expect(texts(root).some((t) => /^jul 2026$/i.test(t))).toBe(true);
  });

  it('refuses bad options with invalid-input', () => {
    const plan = realisticPlan();
    expect(codeOf(() => timeline(plan, { today: '1 July' }))).toBe('invalid-input');
    expect(codeOf(() => timeline(plan, { today: '2026-07-01', from: '2026-08-01', to: '2026-07-01' }))).toBe(
      'invalid-input',
    );
    expect(codeOf(() => timeline(plan, { today: '2026-07-01', to: '2026-02-30' }))).toBe('invalid-input');
    // One side given beyond every date of the plan: the other follows it.
    expect(timeline(plan, { today: '2026-07-01', from: '2030-01-01' })).toContain(
      '0 steps from 2030-01-01 to 2030-01-31',
    );
    expect(timeline(plan, { today: '2026-07-01', to: '2020-01-31' })).toContain('from 2020-01-01 to 2020-01-31');
    expect(codeOf(() => timeline(plan, undefined as never))).toBe('invalid-input');
  });
});
