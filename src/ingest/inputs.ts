import { readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { InputError } from './errors.ts';
import { EXTENSIONS } from './formats.ts';

export type Input = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

export interface ExpandedInputs {
  readonly inputs: Input[];
  readonly errors: InputError[];
  /** Files inside directories skipped for their extension (not an article format). */
  readonly skipped: number;
}

const GLOB = /[*?[\]{}]/;

/**
 * Turns the command line's PATHs into a list of inputs: files as given, directories walked
 * recursively (article formats only, hidden entries skipped), glob patterns expanded, "-" for
 * standard input. Paths only: the files are read one at a time later, so memory stays flat.
 */
export function expandInputs(args: readonly string[]): ExpandedInputs {
  const inputs: Input[] = [];
  const errors: InputError[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  const addFile = (p: string) => {
    const abs = resolve(p);
    if (seen.has(abs)) return;
    seen.add(abs);
    inputs.push({ kind: 'file', path: p });
  };
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(
        new InputError(dir, `cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`),
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          errors.push(new InputError(p, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`));
          continue;
        }
      }
      if (isDir) walk(p);
      else if (isFile) {
        if (EXTENSIONS[extname(e.name).toLowerCase()]) addFile(p);
        else skipped++;
      }
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    let st: import('node:fs').Stats | undefined;
    try {
      st = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        errors.push(new InputError(arg, `cannot read (${code ?? 'error'})`));
        continue;
      }
    }
    if (st?.isDirectory()) walk(arg);
    else if (st) addFile(arg);
    else if (GLOB.test(arg)) {
      const matches = globSync(arg, { onlyFiles: true, dot: false, absolute: isAbsolute(arg) }).sort();
      if (matches.length === 0) errors.push(new InputError(arg, 'the pattern matches no file'));
      for (const m of matches) addFile(m);
    } else errors.push(new InputError(arg, 'no such file or directory'));
  }
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.message === e.message) === i);
  return { inputs, errors: unique, skipped };
}
