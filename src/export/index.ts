/**
 * The plan written out in other formats: a printable career action plan in Markdown and its
 * strategies and goals as an iCalendar file. `import { toMarkdown, toICalendar } from
 * 'career-plan/export'`: an entry of its own, as the pictures are, so that the main entry holds
 * the plan, its history, its documents and the views that compute data, and an app that exports
 * nothing does not load these (CommonJS and unbundled ESM load a whole entry).
 *
 * @module career-plan/export
 */
export { toMarkdown, type MarkdownOptions } from '../views/to-markdown.js';
export { toICalendar, type ICalendarOptions } from '../views/to-icalendar.js';
