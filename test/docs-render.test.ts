import MarkdownIt from 'markdown-it';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The docs as a person sees them: the README, the changelog, the architecture and every guide,
// rendered as any Markdown renderer (and the API site) renders them. Two asterisks in one
// paragraph pair up into emphasis (O*NET ... O*NET): write `O\*NET` in prose.
const root = new URL('../', import.meta.url);
const pages = [
  'README.md',
  'CHANGELOG.md',
  'ARCHITECTURE.md',
  ...readdirSync(new URL('docs/', root))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

describe('the docs render as written', () => {
  for (const page of pages) {
    it(`${page} has no emphasis the source did not mean`, () => {
      const html = new MarkdownIt().render(readFileSync(new URL(page, root), 'utf8'));
      const unmeant = [...html.matchAll(/(\w?)<(em|strong)>([\s\S]*?)<\/\2>(\w?)/g)]
        .filter(([, before, , inner, after]) => before !== '' || after !== '' || /^\s|\s$/.test(inner ?? ''))
        .map(([match]) => match.slice(0, 80));
      expect(unmeant).toEqual([]);
    });
  }
});
