/**
 * `copydesk import FILE…`: imports files (a folder stands for the files directly inside it), one
 * `documents:import` call per file, printing one line per file: imported, skipped (with the reason)
 * or failed (with the core's message), plus any warnings. A brat `.txt` takes its `.ann` along,
 * paired by the rule the core and the renderer use (shared/import-files.ts: same name, any case).
 * A file whose text is already in the library is skipped, naming the document that has it, unless
 * `--allow-duplicates` is given.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { findAnnFor, pairCompanions } from '../../shared/import-files';
import { plural } from '../../shared/plural';
import { MAX_IMPORT_MB_CEILING } from '../../main/core/import-limit';
import { maxImportOption, UsageError } from '../args';
import { CliError, type CliContext, type Command } from '../context';
import { truncate } from '../table';
import { inspectPath, readRegularFile } from '../input-files';
import { printable, printableLine } from '../terminal-text';

/** A file to import and the companions that travel with it. */
interface ImportItem {
  path: string;
  companions: string[];
}

/** The `.ann` beside a `.txt` on disk (same name, any case), when it was not among the files given. */
function annOnDisk(path: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(path), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
  const ann = findAnnFor(basename(path), names, (name) => name);
  return ann === undefined ? [] : [join(dirname(path), ann)];
}

/** A path that cannot be imported, and why (a sentence fragment: "is a named pipe (FIFO), not a file; …"). */
export interface RefusedPath {
  path: string;
  reason: string;
}

/**
 * Expands folders (one level, hidden files left out) and pairs brat `.txt` files with their `.ann`.
 * Only regular files are taken (input-files.ts): a path that is missing, a pipe, a socket, a device or
 * a link to none of these is answered in `refused` at once, without being opened; inside a folder,
 * such entries are refused the same way, and links are followed to regular files only.
 */
export function collectImportItems(paths: readonly string[]): { items: ImportItem[]; refused: RefusedPath[] } {
  const files: string[] = [];
  const refused: RefusedPath[] = [];
  for (const path of paths) {
    const what = inspectPath(path);
    if (what.kind === 'refused') refused.push({ path, reason: what.reason });
    else if (what.kind === 'file') files.push(path);
    else {
      let entries: string[];
      try {
        entries = readdirSync(path).sort((a, b) => a.localeCompare(b));
      } catch {
        refused.push({ path, reason: 'is a folder that cannot be read (permission denied?)' });
        continue;
      }
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        const entry = join(path, name);
        const kind = inspectPath(entry);
        if (kind.kind === 'file') files.push(entry);
        else if (kind.kind === 'refused') refused.push({ path: entry, reason: kind.reason });
        // sub-folders: one level only, as the help says
      }
    }
  }
  const pairing = pairCompanions(files);
  const paired = new Map(pairing.documents.map(({ file, companions }) => [file, companions]));
  const unpaired = new Set(pairing.unpaired); // the core says why an .ann alone cannot be imported
  const items: ImportItem[] = files
    .filter((path) => paired.has(path) || unpaired.has(path))
    .map((path) => {
      const companions = paired.get(path) ?? [];
      return { path, companions: companions.length > 0 ? companions : annOnDisk(path) };
    });
  const companions = new Set(items.flatMap((item) => item.companions));
  return { items: items.filter((item) => !companions.has(item.path)), refused };
}

type Outcome = 'imported' | 'skipped' | 'failed';

/** How `import` was asked to treat files. */
interface ImportSettings {
  maxBytes: number;
  /** Import a file even when its text is already in the library. */
  allowDuplicates: boolean;
}

async function importOne(context: CliContext, item: ImportItem, settings: ImportSettings, shown: string): Promise<Outcome> {
  const { maxBytes } = settings;
  const { io } = context;
  const read = readRegularFile(item.path, maxBytes);
  if ('refused' in read) {
    io.out(`${read.tooLarge ? 'skipped ' : 'failed  '}  ${shown}: ${read.refused}`);
    return read.tooLarge ? 'skipped' : 'failed';
  }
  const companions: Array<{ name: string; data: string }> = [];
  for (const path of item.companions) {
    const companion = readRegularFile(path, maxBytes);
    if ('refused' in companion) {
      io.out(`failed    ${shown}: its companion ${printable(basename(path))} ${companion.refused}`);
      return 'failed';
    }
    companions.push({ name: basename(path), data: companion.bytes.toString('base64') });
  }
  try {
    const result = await context.call('documents:import', {
      name: basename(item.path),
      data: read.bytes.toString('base64'),
      source: item.path,
      companions,
      allowDuplicate: settings.allowDuplicates,
    });
    if (result.status === 'skipped') {
      const existing = result.duplicateOf ? ` → ${result.duplicateOf}` : '';
      io.out(`skipped   ${shown}: ${printableLine(result.reason)}${existing}`);
      return 'skipped';
    }
    const with_ = item.companions.length ? ` (with ${item.companions.map((p) => printable(basename(p))).join(', ')})` : '';
    io.out(`imported  ${shown}${with_} → ${result.document.id} "${truncate(printableLine(result.document.title), 72)}"`);
    for (const warning of result.warnings) io.out(`          warning: ${printableLine(warning)}`);
    return 'imported';
  } catch (error) {
    io.out(`failed    ${shown}: ${printableLine(error instanceof Error ? error.message : String(error))}`);
    return 'failed';
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import files (.txt, .md, .html, .docx, Copydesk JSON, brat) into the library',
  help: `Usage: copydesk import FILE… [--db PATH] [--max-import-mb N] [--allow-duplicates]

Imports each FILE into the library; a folder stands for the files directly
inside it. A brat ".txt" is imported together with the ".ann" next to it.
Prints one line per file: imported (with the new id), skipped (with the
reason) or failed, and any warnings. Exits with 1 if any file failed.

A file whose text (after import's clean-up of line endings, spaces and
blank lines) is already in the library is skipped as a duplicate; its line
names the document that has the text and ends with that document's id.

  --db PATH            the library file (default: your Copydesk library)
  --max-import-mb N    skip files larger than N megabytes (above 0, at most
                       ${MAX_IMPORT_MB_CEILING}; default: COPYDESK_MAX_IMPORT_MB, else 25)
  --allow-duplicates   import such files anyway, as new documents`,
  flags: ['allow-duplicates'],
  options: ['max-import-mb'],
  check(args) {
    if (args.positionals.length === 0) throw new UsageError('import needs at least one file.');
  },
  coreOptions(args, env) {
    const maxImportBytes = maxImportOption(args, env);
    return maxImportBytes === undefined ? {} : { maxImportBytes };
  },
  async run(args, context) {
    const { items, refused } = collectImportItems(args.positionals.map((p) => context.resolvePath(p)));
    const { maxImportBytes } = await context.call('app:info', {});
    const counts: Record<Outcome, number> = { imported: 0, skipped: 0, failed: refused.length };
    /** The path as the user would type it, escaped for the terminal (a newline in a name cannot forge a line). */
    const shown = (path: string): string => {
      const rel = relative(context.io.cwd, path);
      return printable(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
    };
    for (const { path, reason } of refused) context.io.out(`failed    ${shown(path)}: ${reason}`);
    const settings: ImportSettings = { maxBytes: maxImportBytes, allowDuplicates: args.flags.has('allow-duplicates') };
    for (const item of items) counts[await importOne(context, item, settings, shown(item.path))]++;
    const total = items.length + refused.length;
    if (total > 1) context.io.out(`${counts.imported} imported, ${counts.skipped} skipped, ${counts.failed} failed.`);
    if (counts.failed > 0) throw new CliError(`${counts.failed} of ${plural(total, 'file')} could not be imported.`);
    return 0;
  },
};
