import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const packages = readdirSync(join(root, 'packages')).filter((name) =>
  statSync(join(root, 'packages', name, 'src', 'index.ts'), { throwIfNoEntry: false })?.isFile(),
);
const domainPackages = ['core', 'housing', 'case', 'grants', 'matching'].filter((p) =>
  packages.includes(p),
);

function entryPoints(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
  return Object.values(manifest.exports as Record<string, { '@stadig/source'?: string } | string>)
    .map((entry) => (typeof entry === 'string' ? undefined : entry['@stadig/source']))
    .filter((source): source is string => source !== undefined)
    .map((source) => join(root, 'packages', pkg, source));
}

/** The code of a file without its comments (TSDoc examples may mention anything). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(f))
    .map((f) => join(dir, f));
}

describe('documentation', () => {
  it('every export of every package has TSDoc with an @example', () => {
    const files = packages.flatMap(entryPoints);
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      customConditions: ['@stadig/source'],
      target: ts.ScriptTarget.ES2022,
      resolveJsonModule: true,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    for (const file of files) {
      const source = program.getSourceFile(file);
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      expect(moduleSymbol, file).toBeDefined();
      for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
        const symbol =
          exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        // Re-exports of another library (neverthrow's Result) are documented there.
        const declarations = symbol.declarations ?? [];
        if (declarations.every((d) => d.getSourceFile().fileName.includes('/node_modules/'))) {
          continue;
        }
        const documented = (symbol.declarations ?? []).some((d) =>
          ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'example'),
        );
        if (!documented) missing.push(`${relative(root, file)}: ${exported.name}`);
      }
    }
    expect(missing).toEqual([]);
    // Type-checking every package takes seconds on a busy two-core machine.
  }, 120_000);

  it('every English guide has a Swedish one', () => {
    const en = readdirSync(join(root, 'docs', 'en')).filter((f) => f.endsWith('.md'));
    const sv = new Set(readdirSync(join(root, 'docs', 'sv')));
    const englishOnly = new Set(['benchmarks.md']);
    expect(en.filter((f) => !sv.has(f) && !englishOnly.has(f))).toEqual([]);
  });
});

describe('the dependency arrows', () => {
  it.each(
    domainPackages,
  )('%s imports no node:* module, adapter or CLI and reads no clock', (pkg) => {
    const offences = sourceFiles(join(root, 'packages', pkg, 'src')).flatMap((file) => {
      const text = code(file);
      const found: string[] = [];
      if (/from ['"](node:|fs['"]|path['"]|@stadig\/(adapter-|cli))/.test(text))
        found.push('I/O import');
      if (/new Date\(\)|Date\.now\(\)/.test(text)) found.push('clock');
      if (/\bconsole\./.test(text)) found.push('console');
      return found.map((what) => `${relative(root, file)}: ${what}`);
    });
    expect(offences).toEqual([]);
  });

  it('core imports no other @stadig package', () => {
    const offences = sourceFiles(join(root, 'packages', 'core', 'src')).filter((file) =>
      /from ['"]@stadig\//.test(code(file)),
    );
    expect(offences).toEqual([]);
  });
});
