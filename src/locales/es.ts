/**
 * Spanish for every sentence the library writes: `import { es } from 'career-plan/locales/es'` and
 * pass it as the `catalog` option of a view. A separate entry, so that an app that shows English
 * only does not ship it.
 *
 * @module career-plan/locales/es
 */
export { es } from '../text/es.js';
