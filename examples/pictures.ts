// The pictures of the example plan as SVG: Holland's hexagon with Alex's interests and two
// occupations, and the plan's timeline. Run it with `npm run pictures`; it writes
// docs/pictures/*.svg (the PNGs beside them are Chromium's screenshots, from `npm run test:dist`).
import * as cp from 'career-plan';
import { es } from 'career-plan/locales/es';
import { interestHexagon, timeline } from 'career-plan/pictures';
import { mkdirSync, writeFileSync } from 'node:fs';
import { picturePlan } from './picture-plan.js';

const plan = picturePlan(cp);
const dir = new URL('../docs/pictures/', import.meta.url);
mkdirSync(dir, { recursive: true });
const pictures = {
  'interest-hexagon.svg': interestHexagon(plan, { optionIds: ['support', 'network'] }),
  'timeline.svg': timeline(plan, { today: '2026-07-01' }),
  'interest-hexagon.es.svg': interestHexagon(plan, { optionIds: ['support', 'network'], catalog: es }),
  'timeline.es.svg': timeline(plan, { today: '2026-07-01', catalog: es }),
};
for (const [name, svg] of Object.entries(pictures)) {
  writeFileSync(new URL(name, dir), svg);
  console.log(`docs/pictures/${name}: ${svg.length} characters`);
}
