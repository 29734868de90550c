import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const rendererFolders = ['messages', 'views'];
const slackFolder = new URL('../../../src/slack/', import.meta.url);

/** Every renderer module, as a path relative to src/slack and its source text. */
const rendererModules = rendererFolders.flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, slackFolder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => {
      const file = `${folder}/${name}`;

      return [file, readFileSync(new URL(file, slackFolder), 'utf8')] as const;
    }),
);

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
function importedModules(source: string): string[] {
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];

  return patterns.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((match) => match[1] ?? ''),
  );
}

describe('renderer modules', () => {
  it('include the known renderers', () => {
    expect(rendererModules.map(([file]) => file)).toEqual(
      expect.arrayContaining(['messages/help.ts', 'views/home.ts', 'views/opportunity-modal.ts']),
    );
  });

  it.each(rendererModules)('%s imports no Slack SDK', (_file, source) => {
    const sdkImports = importedModules(source).filter((specifier) =>
      /^@slack\/(bolt|web-api)(\/|$)/.test(specifier),
    );

    expect(sdkImports).toEqual([]);
  });

  it.each(rendererModules)('%s imports @slack/types as types', (_file, source) => {
    const valueImports = source
      .split('\n')
      .filter((line) => /from\s+['"]@slack\/types['"]/.test(line))
      .filter((line) => !/^\s*import\s+type\b/.test(line));

    expect(valueImports).toEqual([]);
  });
});
