/**
 * `copydesk import FILE…`: imports files (a folder stands for the files directly inside it), one
 * `documents:import` call per file, printing one line per file: imported, skipped (with the reason)
 * or failed (with the core's message), plus any warnings. A brat `.txt` takes its `.ann` along,
 * paired by the rule the core and the renderer use (shared/import-files.ts: same name, any case).
 * A file whose text is already in the library is skipped, naming the document that has it, unless
 * `--allow-duplicates` is given.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { findAnnFor, pairCompanions } from '../../shared/import-files';
import { plural } from '../../shared/plural';
import { MAX_IMPORT_MB_CEILING } from '../../main/core/import-limit';
import { formatSize } from '../../main/core/import/guards';
import { maxImportOption, UsageError } from '../args';
import { CliError, type CliContext, type Command } from '../context';
import { oneLine, truncate } from '../table';

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

/** Expands folders (one level, hidden files left out) and pairs brat `.txt` files with their `.ann`. */
export function collectImportItems(paths: readonly string[]): { items: ImportItem[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    if (!isDirectory) files.push(path);
    else {
      for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isFile() && !entry.name.startsWith('.')) files.push(join(path, entry.name));
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
  return { items: items.filter((item) => !companions.has(item.path)), missing };
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
  const size = statSync(item.path).size;
  if (size > maxBytes) {
    io.out(`skipped   ${shown}: larger than the ${formatSize(maxBytes)} Copydesk imports`);
    return 'skipped';
  }
  try {
    const result = await context.call('documents:import', {
      name: basename(item.path),
      data: readFileSync(item.path).toString('base64'),
      source: item.path,
      companions: item.companions.map((path) => ({ name: basename(path), data: readFileSync(path).toString('base64') })),
      allowDuplicate: settings.allowDuplicates,
    });
    if (result.status === 'skipped') {
      const existing = result.duplicateOf ? ` → ${result.duplicateOf}` : '';
      io.out(`skipped   ${shown}: ${oneLine(result.reason)}${existing}`);
      return 'skipped';
    }
    const with_ = item.companions.length ? ` (with ${item.companions.map((p) => basename(p)).join(', ')})` : '';
    io.out(`imported  ${shown}${with_} → ${result.document.id} "${truncate(oneLine(result.document.title), 72)}"`);
    for (const warning of result.warnings) io.out(`          warning: ${oneLine(warning)}`);
    return 'imported';
  } catch (error) {
    io.out(`failed    ${shown}: ${oneLine(error instanceof Error ? error.message : String(error))}`);
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
    const { items, missing } = collectImportItems(args.positionals.map((p) => context.resolvePath(p)));
    const { maxImportBytes } = await context.call('app:info', {});
    const counts: Record<Outcome, number> = { imported: 0, skipped: 0, failed: missing.length };
    const shown = (path: string): string => {
      const rel = relative(context.io.cwd, path);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
    };
    for (const path of missing) context.io.out(`failed    ${shown(path)}: no such file or folder`);
    const settings: ImportSettings = { maxBytes: maxImportBytes, allowDuplicates: args.flags.has('allow-duplicates') };
    for (const item of items) counts[await importOne(context, item, settings, shown(item.path))]++;
    const total = items.length + missing.length;
    if (total > 1) context.io.out(`${counts.imported} imported, ${counts.skipped} skipped, ${counts.failed} failed.`);
    if (counts.failed > 0) throw new CliError(`${counts.failed} of ${plural(total, 'file')} could not be imported.`);
    return 0;
  },
};
