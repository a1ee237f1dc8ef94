import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house style: Prettier formats the code (`npm run format:check` in CI, one config at the
// root), and no line of code is over 120 characters, which Prettier cannot promise for long
// strings and comments.
const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['src', 'test', 'test-dist', 'bench', 'examples', 'scripts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === '__snapshots__' ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('style', () => {
  it('no line of code is over 120 characters', () => {
    const long: string[] = [];
    for (const file of folders.flatMap((folder) => files(join(root, folder)))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.length > 120) long.push(`${file.slice(root.length)}:${i + 1} (${line.length})`);
        });
    }
    expect(long).toEqual([]);
  });
});
