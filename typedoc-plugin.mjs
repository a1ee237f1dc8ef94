// @ts-check
// A TypeDoc plugin of the project's own: signatures print `Plan` where TypeScript spells out its
// default type arguments (`P extends Plan<string, Readonly<Record<string, unknown>>>`), which
// say nothing a reader needs (issue 18). A type argument list is dropped only when every
// argument is the parameter's default, as the types themselves print it.
import { Converter, ReferenceType } from 'typedoc';

/** The default type arguments of `Plan`, as TypeDoc prints them. */
const DEFAULTS = { Plan: ['string', 'Readonly<Record<string, unknown>>'] };

/**
 * Visits every type reachable from `value` (reflections, signatures, types) once.
 * @param {unknown} value
 * @param {Set<unknown>} seen
 */
function strip(value, seen) {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof ReferenceType && Object.hasOwn(DEFAULTS, value.name) && value.typeArguments) {
    const defaults = DEFAULTS[/** @type {keyof typeof DEFAULTS} */ (value.name)];
    const given = value.typeArguments.map((argument) => argument.toString());
    if (given.length === defaults.length && given.every((text, i) => text === defaults[i]))
      value.typeArguments = undefined;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'parent' || key === 'project' || key === 'reflection' || key === '_target') continue;
    if (Array.isArray(child)) for (const item of child) strip(item, seen);
    else strip(child, seen);
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const seen = new Set();
    for (const reflection of Object.values(context.project.reflections)) strip(reflection, seen);
  });
}
