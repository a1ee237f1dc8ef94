import { catalogOf } from '../model/catalog.js';
import { CareerPlanError, optionsObject, shown } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { RIASEC_AREAS, type RiasecArea } from '../model/riasec.js';
import type { Catalog } from '../text/catalog.js';
import { formatList } from '../text/intl.js';
import { requirePlan } from './plan-argument.js';
import { PICTURE_PALETTE, label, n, pictureOptions, svgDocument, wrapped, xml } from './svg.js';

/**
 * Options of {@link interestHexagon}.
 *
 * @example
 * ```ts
 * import type { HexagonOptions } from 'career-plan/pictures';
 *
 * const options: HexagonOptions = { optionIds: ['support'], size: 360 };
 * ```
 * @category Pictures
 */
export interface HexagonOptions {
  /** One or two career options whose O\*NET interest profile to draw over the person's (by id). */
  readonly optionIds?: readonly string[];
  /** The language of the title, description and labels (default English). */
  readonly catalog?: Catalog;
  /** The width of the picture, 240 to 2000 (default 480); the height follows. */
  readonly size?: number;
  /** The prefix of the ids of its `<title>` and `<desc>`, unique within the page (default `interest-hexagon`). */
  readonly id?: string;
}

/**
 * Holland's hexagon as a standalone SVG 1.1 picture: the six RIASEC areas in Holland's order
 * around it (Realistic at the top left, then Investigative, Artistic, Social, Enterprising,
 * Conventional), the person's latest interest scores as a filled polygon, and one or two career
 * options' O\*NET interest profiles drawn over it as dashed outlines, each labelled in a legend.
 * Each profile is scaled to its own range, centre lowest and corner highest (the person's scores
 * 0 to 100, O\*NET's levels 1 to 7), and the chart says so. A pure function of the plan: no DOM,
 * no script; every text from people is escaped; `role="img"` with a `<title>` and a `<desc>` in
 * the catalog's language (the description gives every score, for screen readers); colours from
 * {@link PICTURE_PALETTE}. A plan without interest scores gets the hexagon and a note saying so.
 *
 * @param plan - a plan, or plain plan data
 * @param options - `optionIds` (up to two career options), `catalog`, `size`, `id`
 * @throws CareerPlanError `not-found` for an option id the plan does not have; `invalid-input` for
 * more than two options, an option without an interest profile, or a bad size or id
 * @example
 * ```ts
 * import { addAssessment, addCareerOption, createPlan } from 'career-plan';
 * import { interestHexagon } from 'career-plan/pictures';
 *
 * let plan = addAssessment(createPlan({ owner: { id: 'alex', name: 'Alex' } }), { kind: 'interests',
 *   instrument: 'O*NET Interest Profiler', takenAt: '2026-01-06', results: { riasec: { realistic: 62,
 *   investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 } } });
 * plan = addCareerOption(plan, { id: 'support', title: 'Computer User Support Specialist (made up)',
 *   interests: { realistic: 6, investigative: 6.5, artistic: 1.5, social: 3, enterprising: 2, conventional: 5 } });
 * const svg = interestHexagon(plan, { optionIds: ['support'] });
 * console.log(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')); // true
 * ```
 * @category Pictures
 */
export function interestHexagon(plan: Plan, options: HexagonOptions = {}): string {
  requirePlan(plan, 'interestHexagon');
  options = optionsObject(options, 'interestHexagon');
  const catalog = catalogOf(options.catalog);
  const words = catalog.messages.pictures;
  const areas = catalog.messages.area;
  const { id, size } = pictureOptions(options, 'interest-hexagon', 480);
  const ids = options.optionIds ?? [];
  if (!Array.isArray(ids) || ids.length > 2 || !ids.every((x) => typeof x === 'string'))
    throw new CareerPlanError('invalid-input', 'options.optionIds must be a list of at most two career option ids', {
      optionIds: shown(ids),
    });
  const overlaid = ids.map((optionId, index) => {
    const option = plan.careerOptions.find((candidate) => candidate.id === optionId);
    if (option === undefined)
      throw new CareerPlanError('not-found', `The plan has no career option with the id "${optionId}"`, {
        kind: 'career option',
        id: optionId,
      });
    const levels = option.interests;
    if (levels === undefined)
      throw new CareerPlanError('invalid-input', `The career option "${option.title}" has no O*NET interest profile`, {
        id: optionId,
      });
    return {
      name: option.title,
      color: index === 0 ? PICTURE_PALETTE.first : PICTURE_PALETTE.second,
      dash: index === 0 ? '7 4' : '2 3',
      values: RIASEC_AREAS.map((area) => ({ area, value: levels[area], share: (levels[area] - 1) / 6 })),
    };
  });
  let latest: Plan['assessments'][number] | undefined;
  for (const assessment of plan.assessments)
    if (assessment.kind === 'interests' && assessment.results?.riasec !== undefined)
      if (latest === undefined || assessment.takenAt >= latest.takenAt) latest = assessment;
  const scores = latest?.results?.riasec;
  const person = scores && {
    name: plan.owner.name ?? plan.owner.id,
    color: PICTURE_PALETTE.person,
    dash: '',
    values: RIASEC_AREAS.map((area) => ({ area, value: scores[area], share: scores[area] / 100 })),
  };
  const profiles = person === undefined ? overlaid : [person, ...overlaid];

  const scale = size / 480;
  const radius = 112 * scale;
  const cx = size / 2;
  const cy = 45 * scale + radius;
  // Holland's order, clockwise from the top left.
  const corner = (index: number, share: number): [number, number] => {
    const angle = ((-120 + 60 * index) * Math.PI) / 180;
    return [cx + Math.cos(angle) * radius * share, cy + Math.sin(angle) * radius * share];
  };
  const points = (share: (index: number) => number): string =>
    RIASEC_AREAS.map((_, index) => corner(index, share(index)).map(n).join(',')).join(' ');
  const grid = PICTURE_PALETTE.grid;
  let body = `<g fill="none" stroke="${grid}" stroke-width="1">`;
  for (const ring of [0.25, 0.5, 0.75, 1]) body += `<polygon points="${points(() => ring)}"/>`;
  for (let index = 0; index < 6; index++) {
    const [x, y] = corner(index, 1);
    body += `<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(x)}" y2="${n(y)}"/>`;
  }
  body += '</g>';
  RIASEC_AREAS.forEach((area, index) => {
    const [x, y] = corner(index, 1.12);
    const anchor = index === 2 ? 'start' : index === 5 ? 'end' : 'middle';
    body += label(x, y + 4 * scale, `${areas[area]} (${area.charAt(0).toUpperCase()})`, 24, ` text-anchor="${anchor}"`);
  });
  for (const profile of profiles) {
    const fill = profile === person ? ` fill="${profile.color}" fill-opacity="0.18"` : ' fill="none"';
    const dash = profile.dash === '' ? '' : ` stroke-dasharray="${profile.dash}"`;
    body +=
      `<polygon points="${points((index) => profile.values[index]?.share ?? 0)}"${fill} ` +
      `stroke="${profile.color}" stroke-width="2.5"${dash}/>`;
    profile.values.forEach(({ area, value, share }, index) => {
      const [x, y] = corner(index, share);
      body +=
        `<circle cx="${n(x)}" cy="${n(y)}" r="${n(3.5 * scale)}" fill="${profile.color}">` +
        `<title>${xml(`${profile.name}: ${areas[area]} ${value}`)}</title></circle>`;
    });
  }
  let y = cy + radius + 50 * scale;
  if (person === undefined) {
    body += label(cx, cy, words.noScores, 60, ` text-anchor="middle" fill="${grid}"`);
  }
  for (const profile of profiles) {
    const dash = profile.dash === '' ? '' : ` stroke-dasharray="${profile.dash}"`;
    body +=
      `<line x1="${n(20 * scale)}" y1="${n(y - 4)}" x2="${n(50 * scale)}" y2="${n(y - 4)}" stroke="${profile.color}" ` +
      `stroke-width="2.5"${dash}/>` +
      label(58 * scale, y, profile.name, Math.floor((size - 70 * scale) / 7), '');
    y += 20 * scale;
  }
  const [scales, lines] = wrapped(
    20 * scale,
    y + 6 * scale,
    words.hexagonScales,
    Math.floor((size - 30 * scale) / 6),
    14,
    ` fill="${grid}" font-size="10"`,
  );
  body += scales;
  y += (lines - 1) * 14;
  const said = profiles.map(
    (profile) =>
      `${profile.name}: ${formatList(
        catalog.locale,
        profile.values.map(({ area, value }) => `${areas[area as RiasecArea]} ${value}`),
      )}`,
  );
  return svgDocument(
    size,
    y + 20 * scale,
    id,
    catalog.locale,
    words.hexagonTitle({ name: plan.owner.name ?? plan.owner.id }),
    person === undefined ? [words.noScores, ...said].join('. ') : words.hexagonDesc({ profiles: said }),
    body,
  );
}
