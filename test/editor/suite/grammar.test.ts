// The TextMate injection grammar, tokenized by VS Code's own engine (vscode-textmate and
// vscode-oniguruma from the running VS Code's appRoot) together with its built-in Markdown grammar.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Token = { text: string; scopes: string[] };
let tokenizeLine: ((line: string) => Token[][]) | undefined;

async function loadTokenizer(): Promise<(text: string) => Token[][]> {
  if (tokenizeLine) return tokenizeLine;
  const appRoot = vscode.env.appRoot;
  const req = (m: string) => require(path.join(appRoot, 'node_modules', m)); // VS Code's own copies
  const tm = req('vscode-textmate');
  const onig = req('vscode-oniguruma');
  const wasm = fs.readFileSync(path.join(appRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const contribution = (ext.packageJSON.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[])[0];
  const grammarFiles: Record<string, string> = {
    'text.html.markdown': path.join(appRoot, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
    [contribution.scopeName]: path.join(ext.extensionPath, contribution.path),
  };
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (scope: string) => {
      const f = grammarFiles[scope];
      // Embedded languages (YAML front matter, fenced code) get an empty grammar: their regions must
      // exist, as in VS Code, but their own tokens do not matter here.
      return f ? tm.parseRawGrammar(fs.readFileSync(f, 'utf8'), f) : { scopeName: scope, patterns: [] };
    },
    getInjections: (scope: string) => (contribution.injectTo.includes(scope) ? [contribution.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'markdown grammar loaded');
  tokenizeLine = (text: string) => {
    let state = tm.INITIAL;
    return text.split('\n').map(line => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens.map((t: any) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes as string[] }));
    });
  };
  return tokenizeLine;
}

/** The texts of the tokens whose innermost scopes include one starting with `scope`. */
function withScope(lines: Token[][], scope: string): string[] {
  return lines.flat().filter(t => t.scopes.some(s => s.startsWith(scope))).map(t => t.text);
}

suite('grammar', () => {
  test('manifest injects the grammar into Markdown', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const g = ext.packageJSON.contributes.grammars[0];
    assert.deepStrictEqual(g.injectTo, ['text.html.markdown']);
    assert.ok(fs.existsSync(path.join(ext.extensionPath, g.path)), `${g.path} exists (built by client/esbuild.mjs)`);
  });

  test('highlights date ranges', async () => {
    const tok = await loadTokenizer();
    const lines = tok([
      'Jan 2019 – Present',
      '',
      '- Brightway Retail, 03/2017-05/2019, Austin',
      '',
      'B.S. Statistics, 2013 - 2017',
      '',
      'Sept. 2015 to Dec 2018',
    ].join('\n'));
    assert.deepStrictEqual(withScope(lines, 'constant.numeric.date.start.hrdocs'), ['Jan 2019', '03/2017', '2013', 'Sept. 2015']);
    assert.deepStrictEqual(withScope(lines, 'constant.numeric.date.end.hrdocs'), ['05/2019', '2017', 'Dec 2018']);
    assert.deepStrictEqual(withScope(lines, 'constant.language.date.present.hrdocs'), ['Present']);
    assert.strictEqual(withScope(lines, 'punctuation.separator.range.hrdocs').length, 4);
  });

  test('highlights "N+ years" phrases', async () => {
    const tok = await loadTokenizer();
    const lines = tok('Data analyst with 5+ years of experience; 3-5 yrs of SQL; two years of Python.');
    assert.deepStrictEqual(withScope(lines, 'meta.experience.duration.hrdocs'), ['5', '+', ' ', 'years', '3', '-', '5', ' ', 'yrs', 'two', ' ', 'years']);
    assert.deepStrictEqual(withScope(lines, 'keyword.operator.plus.hrdocs'), ['+']);
    assert.deepStrictEqual(withScope(lines, 'keyword.other.unit.years.hrdocs'), ['years', 'yrs', 'years']);
  });

  test('highlights hrdocs-disable comments', async () => {
    const tok = await loadTokenizer();
    const lines = tok([
      '<!-- hrdocs-disable -->',
      '',
      'Some text',
      '',
      '<!-- hrdocs-disable-next-line missing-skill skill -->',
      '',
      '<!-- hrdocs-enable -->',
      '',
      '<!-- an ordinary comment 2019 - 2020 -->',
    ].join('\n'));
    assert.deepStrictEqual(withScope(lines, 'keyword.control.directive.hrdocs'), ['hrdocs-disable', 'hrdocs-disable-next-line', 'hrdocs-enable']);
    assert.deepStrictEqual(withScope(lines, 'constant.other.rule-code.hrdocs'), ['missing-skill', 'skill']);
    assert.deepStrictEqual(withScope(lines, 'constant.numeric.date'), [], 'no dates inside ordinary comments');
  });

  test('leaves code, inline code and front matter alone', async () => {
    const tok = await loadTokenizer();
    const lines = tok([
      '---',
      'dates: 2019 - 2023',
      '---',
      '',
      'Inline `2019 - 2023` code.',
      '',
      '```',
      '2019 - 2023 and 5+ years',
      '```',
    ].join('\n'));
    assert.deepStrictEqual(withScope(lines, 'meta.date-range.hrdocs'), []);
    assert.deepStrictEqual(withScope(lines, 'meta.experience.duration.hrdocs'), []);
  });
});
