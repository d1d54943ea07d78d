/**
 * Type-checks every ```ts block of the README and of every guide in docs/en and docs/sv
 * against the packages' real types, so a guide cannot drift from the code unnoticed.
 *
 * Each block is its own module (a virtual file, never written to disk) in one ts.Program
 * with the repository's compiler options (tsconfig.json), so top-level await works and
 * top-level names of different blocks do not clash. A block's imports resolve as from a
 * file in `examples/`, the workspace package that depends on every `@stadig/*` package:
 * through the `@stadig/source` export condition to the TypeScript sources, so nothing
 * needs to be built (and `./custom-adapter` is the example of that name).
 *
 * A block that uses something the guide defined earlier declares it again, or with
 * `declare const name: Type;` when the reader supplies it.
 *
 * A block that cannot be a standalone program opts out with a comment on the line before
 * its fence (blank lines between are allowed), giving the reason:
 *
 *     <!-- snippet: not-checked (a template with placeholders for the reader's own code) -->
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const guideDirs = [join(root, 'docs', 'en'), join(root, 'docs', 'sv')];
/** A block's imports, bare or relative, resolve as they would from a file in this directory. */
const importerDir = join(root, 'examples');

const fence = /^(\s*)```(\S*)/;
const marker = /^<!--\s*snippet:(.*?)-->$/;
const optOut = /^\s*not-checked\s*\((.*)\)\s*$/;

interface Block {
  /** The guide, relative to the repository root. */
  guide: string;
  /** The 1-based line of the opening fence in the guide. */
  line: number;
  /** Columns of indentation removed from every line (a fence inside a list item). */
  indent: number;
  code: string;
  /** The reason given by a `not-checked` marker, if the block has one. */
  notChecked?: string;
}

/** The ```ts blocks of one guide, and the problems with its snippet markers. */
function readGuide(file: string): { blocks: Block[]; problems: string[] } {
  const guide = relative(root, file);
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const blocks: Block[] = [];
  const problems: string[] = [];
  const misplaced = (line: number) =>
    problems.push(
      `${guide}:${line}: a snippet marker must read "<!-- snippet: not-checked (reason) -->", ` +
        'with a reason, on the line before a ```ts fence',
    );
  let pending: { line: number; reason: string | undefined } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const note = marker.exec(text.trim());
    const opening = fence.exec(text);
    if (note) {
      if (pending) misplaced(pending.line);
      pending = { line: i + 1, reason: optOut.exec(note[1] ?? '')?.[1]?.trim() || undefined };
      continue;
    }
    if (!opening) {
      if (pending && text.trim() !== '') {
        misplaced(pending.line);
        pending = undefined;
      }
      continue;
    }
    const [, indent = '', info = ''] = opening;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? '')) {
      body.push((lines[j] ?? '').slice(indent.length));
      j++;
    }
    if (pending && (info !== 'ts' || pending.reason === undefined)) misplaced(pending.line);
    if (info === 'ts') {
      const reason = pending?.reason;
      blocks.push({
        guide,
        line: i + 1,
        indent: indent.length,
        code: body.join('\n'),
        ...(reason ? { notChecked: reason } : {}),
      });
    }
    pending = undefined;
    i = j;
  }
  if (pending) misplaced(pending.line);
  return { blocks, problems };
}

const guides = [
  readGuide(join(root, 'README.md')),
  ...guideDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readGuide(join(dir, f))),
  ),
];
const blocks = guides.flatMap((g) => g.blocks);

/** The virtual file name of a block: beside its guide, named after the fence's line. */
function fileName(block: Block): string {
  return join(root, `${block.guide}.${block.line}.ts`);
}

/** The repository's compiler options: tsconfig.json, which extends tsconfig.base.json. */
function compilerOptions(): ts.CompilerOptions {
  const configFile = join(root, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  return { ...parsed.options, moduleDetection: ts.ModuleDetectionKind.Force, noEmit: true };
}

/** `file:line:column TScode: message` for every diagnostic of the checked blocks. */
function typeCheck(checked: Block[]): string[] {
  const options = compilerOptions();
  const virtual = new Map(checked.map((b) => [fileName(b), b]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f)?.code ?? readFile.call(host, f);
  host.getSourceFile = (f, languageVersion, ...rest) => {
    const block = virtual.get(f);
    return block
      ? ts.createSourceFile(f, block.code, languageVersion, false, ts.ScriptKind.TS)
      : getSourceFile.call(host, f, languageVersion, ...rest);
  };
  const cache = ts.createModuleResolutionCache(root, host.getCanonicalFileName, options);
  const importer = join(importerDir, 'docs-snippet.ts');
  host.resolveModuleNameLiterals = (literals, containingFile, redirect, opts) =>
    literals.map((literal) =>
      ts.resolveModuleName(
        literal.text,
        virtual.has(containingFile) ? importer : containingFile,
        opts,
        host,
        cache,
        redirect,
      ),
    );

  const program = ts.createProgram([...virtual.keys()], options, host);
  const offences = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(
    (d) => `compiler options: TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
  );
  for (const [name, block] of virtual) {
    const source = program.getSourceFile(name);
    if (!source) throw new Error(`${name} is not in the program`);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const d of diagnostics) {
      const at = source.getLineAndCharacterOfPosition(d.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
      offences.push(
        `${block.guide}:${block.line + 1 + at.line}:${block.indent + at.character + 1} TS${d.code}: ${message}`,
      );
    }
  }
  return offences;
}

describe('the code blocks of the guides', () => {
  it('every snippet marker is a not-checked opt-out with a reason', () => {
    expect(guides.flatMap((g) => g.problems)).toEqual([]);
  });

  it('every ```ts block type-checks against the packages, each as its own module', () => {
    const checked = blocks.filter((b) => b.notChecked === undefined);
    expect(checked.length).toBeGreaterThan(0);
    const offences = typeCheck(checked);
    expect(offences).toEqual([]);
    // Resolving every package's sources takes seconds on a busy two-core machine.
  }, 120_000);
});
