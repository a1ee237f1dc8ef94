/**
 * Pictures of a plan as standalone SVG text: Holland's hexagon of the person's interests and the
 * plan's timeline. `import { interestHexagon, timeline } from 'career-plan/pictures'`: a separate
 * entry, so that an app that draws nothing does not ship them.
 *
 * @module career-plan/pictures
 */
export { interestHexagon, type HexagonOptions } from '../views/interest-hexagon.js';
export { timeline, type TimelineOptions } from '../views/timeline.js';
export { PICTURE_PALETTE } from '../views/svg.js';
