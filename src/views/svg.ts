import { CareerPlanError, shown } from '../model/errors.js';

/**
 * The colours of the pictures, on a white background. Each holds WCAG 2.1 AA contrast against
 * white: 4.5:1 or more, so that a label in it is readable text and a mark in it a readable
 * graphic (1.4.3, 1.4.11; `test/views/pictures.test.ts` computes the ratios).
 *
 * @example
 * ```ts
 * import { PICTURE_PALETTE } from 'career-plan/pictures';
 *
 * console.log(PICTURE_PALETTE.person); // '#1d4ed8'
 * ```
 * @category Pictures
 */
export const PICTURE_PALETTE = Object.freeze({
  /** Text and the goals' marks. */
  ink: '#1f2933',
  /** Grid lines, axes, and what is closed without being done. */
  grid: '#5f6b7a',
  /** The person's own profile, and open steps. */
  person: '#1d4ed8',
  /** The first occupation overlaid on the hexagon. */
  first: '#b45309',
  /** The second occupation overlaid on the hexagon, and what is done. */
  second: '#047857',
  /** What is overdue. */
  overdue: '#b91c1c',
  /** Today's line on the timeline, and reviews. */
  today: '#7c3aed',
});

/** Characters XML 1.0 cannot carry, even escaped (control characters, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]',
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);

/** Text from people as XML character data or an attribute value: markup escaped, what XML cannot carry replaced. */
export function xml(text: string): string {
  // Most texts need nothing: one test instead of two replacements.
  if (!/[&<>"'\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(text)) return text;
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number for a coordinate: at most one decimal. */
export const n = (value: number): string => String(Math.round(value * 10) / 10);

/** At most `max` characters of `text`, with an ellipsis when cut (never inside a surrogate pair). */
export function cut(text: string, max: number): string {
  if (text.length <= max && !/\s\s|[\t\n\r]/.test(text)) return text;
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Text at (x, y); the whole of what was cut, in a `<title>` for hover and screen readers. */
export function label(x: number, y: number, text: string, max: number, attributes = ''): string {
  const shown = cut(text, max);
  const whole = shown === text ? '' : `<title>${xml(text)}</title>`;
  return `<text x="${n(x)}" y="${n(y)}"${attributes}>${whole}${xml(shown)}</text>`;
}

/** `text` in lines of at most `max` characters, broken between words; returns the markup and the lines' count. */
export function wrapped(
  x: number,
  y: number,
  text: string,
  max: number,
  step: number,
  attributes = '',
): [string, number] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return [lines.map((line, index) => label(x, y + index * step, line, max, attributes)).join(''), lines.length];
}

/**
 * A standalone SVG 1.1 document: sized by its `viewBox` (and `width` and `height` as defaults),
 * `role="img"` named by its `<title>` and described by its `<desc>`, in the language `lang`.
 */
export function svgDocument(
  width: number,
  height: number,
  id: string,
  lang: string,
  title: string,
  desc: string,
  body: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 ${n(width)} ${n(height)}" ` +
    `width="${n(width)}" height="${n(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `xml:lang="${xml(lang)}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="12" ` +
    `fill="${PICTURE_PALETTE.ink}">` +
    `<title id="${id}-title">${xml(title)}</title><desc id="${id}-desc">${xml(desc)}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>\n`
  );
}

const ID = /^[A-Za-z_][\w.-]{0,63}$/;

/** Checks a picture's `id` (an XML name, for the ids of its title and description) and `size` options. */
export function pictureOptions(
  options: { readonly id?: unknown; readonly size?: unknown },
  id: string,
  size: number,
): { readonly id: string; readonly size: number } {
  const givenId = options.id ?? id;
  if (typeof givenId !== 'string' || !ID.test(givenId))
    throw new CareerPlanError(
      'invalid-input',
      'options.id must be an XML name: a letter, then letters, digits, - _ .',
      {
        id: shown(givenId),
      },
    );
  const givenSize = options.size ?? size;
  if (typeof givenSize !== 'number' || !Number.isFinite(givenSize) || givenSize < 240 || givenSize > 2000)
    throw new CareerPlanError('invalid-input', 'options.size must be a number from 240 to 2000', {
      size: shown(givenSize),
    });
  return { id: givenId, size: givenSize };
}
