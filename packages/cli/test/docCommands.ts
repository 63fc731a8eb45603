// Reads the shell commands out of the documentation (```sh and ```console blocks) the way a shell would run them,
// for test/docs.test.ts: `export VAR=…` lines set the environment of the rest of the document, a `VAR=… ` prefix sets
// it for one command only, `a && b` are two commands, `#` starts a comment, `$VAR` and `${VAR}` are expanded, and
// single and double quotes group words. Anything else a shell would interpret (pipes, redirections, `;`, `$(…)`,
// backquotes, globs with unset variables) is not guessed at: the command is marked with what is not supported.

/** One command of the documentation, in document order. */
export type DocCommand = {
  /** Where it is: `README.md:123`. */
  where: string;
  /** The command as written (one `&&` segment, without the `$ ` prompt and without a trailing comment). */
  text: string;
  /** The program (`lashou`, `npm`, `curl`, …); `npx lashou` is `lashou`. */
  program: string;
  /** Its arguments after expansion (for `lashou`, what follows `lashou`). */
  args: string[];
  /** The environment the document has set by then (exports) plus this command's own `VAR=…` prefix. */
  env: Record<string, string>;
  /** Variables the command uses that the document never set (`$SEPOLIA_RPC`). */
  unset: string[];
  /** Shell syntax the reader does not run (a pipe, a redirection, `$(…)`, …), if any. */
  unsupported?: string;
  /** The error line the documentation shows right after it (console blocks), e.g. `error: report 2 revealed …`. */
  expectError?: string;
};

const SHELL_BLOCKS = new Set(['sh', 'bash', 'shell', 'console', 'shell-session']);

type Token = { word: string; unset: string[] } | { op: string };

/** Splits one command line into words and `&&` operators, expanding variables from `env`. */
export function tokenize(line: string, env: Record<string, string>): { tokens: Token[]; unsupported?: string } {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let unset: string[] = [];
  let unsupported: string | undefined;
  const push = () => {
    if (inWord) tokens.push({ word, unset });
    word = '';
    inWord = false;
    unset = [];
  };
  const expand = (i: number): number => {
    // At line[i] === '$'; returns the index after the variable.
    const braced = line[i + 1] === '{';
    const match = (braced ? /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/ : /^\$([A-Za-z_][A-Za-z0-9_]*)/).exec(line.slice(i));
    if (!match) {
      if (line[i + 1] === '(') unsupported ??= 'command substitution $(…)';
      else unsupported ??= `"$" not followed by a variable name`;
      return i + 1;
    }
    const name = match[1]!;
    if (name in env) word += env[name];
    else unset.push(name);
    inWord = true;
    return i + match[0].length;
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      push();
      i++;
    } else if (c === '#' && !inWord) {
      break; // a comment to the end of the line
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { tokens, unsupported: 'an unterminated single quote' };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) {
          word += line[i + 1];
          i += 2;
        } else if (line[i] === '$') i = expand(i);
        else if (line[i] === '`') {
          unsupported ??= 'command substitution `…`';
          i++;
        } else word += line[i++];
      }
      if (i >= line.length) return { tokens, unsupported: 'an unterminated double quote' };
      i++;
    } else if (c === '\\') {
      word += line[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (c === '$') {
      i = expand(i);
    } else if (line.startsWith('&&', i)) {
      push();
      tokens.push({ op: '&&' });
      i += 2;
    } else if ('|;<>&`()*?'.includes(c)) {
      const names: Record<string, string> = { '|': 'a pipe or ||', ';': 'a ";" list', '<': 'a redirection (<)', '>': 'a redirection (>)', '&': 'a background "&"', '`': 'command substitution `…`', '(': 'a subshell', ')': 'a subshell', '*': 'a glob', '?': 'a glob' };
      unsupported ??= names[c];
      word += c;
      inWord = true;
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  push();
  return { tokens, unsupported };
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Every command in the ```sh / ```console blocks of one markdown document, in order. */
export function extractCommands(markdown: string, file: string, environment: Record<string, string> = {}): DocCommand[] {
  const lines = markdown.split('\n');
  const commands: DocCommand[] = [];
  // `environment`: what a reader's shell already has (HOME), before the document's own exports.
  const exported: Record<string, string> = { ...environment };
  let fence: string | undefined;
  let isConsole = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const fenceMatch = /^\s*(```+|~~~+)\s*([\w-]*)/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) {
        fence = fenceMatch[1]!;
        const lang = fenceMatch[2]!.toLowerCase();
        isConsole = lang === 'console' || lang === 'shell-session';
        if (!SHELL_BLOCKS.has(lang)) fence = `skip:${fence}`;
      } else if (line.trim().startsWith(fence.replace('skip:', ''))) fence = undefined;
      continue;
    }
    if (fence === undefined || fence.startsWith('skip:')) continue;
    let text: string;
    if (isConsole) {
      if (!line.startsWith('$ ')) continue; // output
      text = line.slice(2);
    } else text = line;
    // Lines continued with a trailing backslash.
    const start = n;
    while (text.endsWith('\\') && n + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++n]!.replace(/^\$ /, '').trim()}`;
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const next = isConsole ? lines[n + 1] : undefined;
    const expectError = next?.startsWith('error: ') ? next : undefined;
    const where = `${file}:${start + 1}`;
    const { tokens, unsupported } = tokenize(text, exported);
    // Split at && into segments; the segments' own text is recovered from the source line.
    const sources = splitSource(text);
    let segment: Token[] = [];
    let index = 0;
    const flush = () => {
      const source = (sources[index++] ?? text).trim();
      const words = segment.filter((t): t is { word: string; unset: string[] } => 'word' in t);
      segment = [];
      if (!words.length) return;
      const own: Record<string, string> = {};
      let k = 0;
      for (; k < words.length && ASSIGNMENT.test(words[k]!.word); k++) {
        const [, name, value] = ASSIGNMENT.exec(words[k]!.word)!;
        own[name!] = value!;
      }
      const rest = words.slice(k);
      const unsetVars = [...new Set(words.flatMap((w) => w.unset))];
      if (rest[0]?.word === 'export') {
        // `export A=1 B=2`: for the rest of the document.
        for (const w of rest.slice(1)) {
          const m = ASSIGNMENT.exec(w.word);
          if (m) exported[m[1]!] = m[2]!;
        }
        commands.push({ where, text: source, program: 'export', args: rest.slice(1).map((w) => w.word), env: { ...exported }, unset: unsetVars, unsupported });
        return;
      }
      if (!rest.length) {
        // `A=1` alone sets a shell variable; treat it like an export for the rest of the document.
        Object.assign(exported, own);
        return;
      }
      let program = rest[0]!.word;
      let args = rest.slice(1).map((w) => w.word);
      if (program === 'npx' && args[0] === 'lashou') {
        program = 'lashou';
        args = args.slice(1);
      }
      commands.push({ where, text: source, program, args, env: { ...exported, ...own }, unset: unsetVars, unsupported, expectError: index === sources.length ? expectError : undefined });
    };
    for (const token of tokens) {
      if ('op' in token) flush();
      else segment.push(token);
    }
    flush();
  }
  return commands;
}

/** The source text of each `&&` segment of a line (quotes respected, a trailing comment dropped). */
function splitSource(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      current += c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      break;
    } else if (line.startsWith('&&', i)) {
      parts.push(current);
      current = '';
      i++;
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim().replace(/\s+/g, ' '));
}

/** The documented error line as a pattern: `…` stands for any text, everything else is literal. */
export function errorPattern(shown: string): RegExp {
  const parts = shown.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*?')}${shown.endsWith('…') ? '' : '$'}`);
}
