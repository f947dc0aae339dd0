/**
 * `copydesk import FILE…`: imports files (a folder stands for the files directly inside it), in
 * `documents:importMany` batches (one transaction each), printing one line per file: imported, skipped (with the reason)
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

/** One file read and ready to send: the `documents:importMany` entry, and how to name it in the output. */
interface ReadyFile {
  file: { name: string; data: string; source: string; companions: Array<{ name: string; data: string }>; allowDuplicate: boolean };
  item: ImportItem;
  shown: string;
}

/**
 * Files per `documents:importMany` call, and bytes read ahead at most: the core stores a batch in one
 * transaction (hundreds of files a second instead of one commit each), and memory stays bounded
 * however many files are given.
 */
const BATCH_FILES = 200;
const BATCH_BYTES = 32 * 1024 * 1024;

/** Reads one item for sending; a file that cannot be read is reported here and answers its outcome. */
function readItem(context: CliContext, item: ImportItem, settings: ImportSettings, shown: string): ReadyFile | Outcome {
  const { io } = context;
  const read = readRegularFile(item.path, settings.maxBytes);
  if ('refused' in read) {
    io.out(`${read.tooLarge ? 'skipped ' : 'failed  '}  ${shown}: ${read.refused}`);
    return read.tooLarge ? 'skipped' : 'failed';
  }
  const companions: Array<{ name: string; data: string }> = [];
  for (const path of item.companions) {
    const companion = readRegularFile(path, settings.maxBytes);
    if ('refused' in companion) {
      io.out(`failed    ${shown}: its companion ${printable(basename(path))} ${companion.refused}`);
      return 'failed';
    }
    companions.push({ name: basename(path), data: companion.bytes.toString('base64') });
  }
  const file = { name: basename(item.path), data: read.bytes.toString('base64'), source: item.path, companions, allowDuplicate: settings.allowDuplicates };
  return { file, item, shown };
}

type ImportManyResult = Awaited<ReturnType<typeof importBatchCall>>['results'][number];

function importBatchCall(context: CliContext, batch: readonly ReadyFile[]) {
  return context.call('documents:importMany', { files: batch.map((ready) => ready.file) });
}

/** Prints one file's line (and its warnings) and answers its outcome. */
function report(context: CliContext, ready: ReadyFile, result: ImportManyResult): Outcome {
  const { io } = context;
  const { item, shown } = ready;
  if (result.status === 'failed') {
    io.out(`failed    ${shown}: ${printableLine(result.reason)}`);
    return 'failed';
  }
  if (result.status === 'skipped') {
    const existing = result.duplicateOf ? ` → ${result.duplicateOf}` : '';
    io.out(`skipped   ${shown}: ${printableLine(result.reason)}${existing}`);
    return 'skipped';
  }
  const with_ = item.companions.length ? ` (with ${item.companions.map((p) => printable(basename(p))).join(', ')})` : '';
  io.out(`imported  ${shown}${with_} → ${result.document.id} "${truncate(printableLine(result.document.title), 72)}"`);
  for (const warning of result.warnings) io.out(`          warning: ${printableLine(warning)}`);
  return 'imported';
}

/** Sends one batch and prints a line per file; a batch the core refuses as a whole fails each of its files with that sentence. */
async function importBatch(context: CliContext, batch: readonly ReadyFile[], counts: Record<Outcome, number>): Promise<void> {
  let results: ImportManyResult[];
  try {
    results = (await importBatchCall(context, batch)).results;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    results = batch.map(() => ({ status: 'failed' as const, reason }));
  }
  batch.forEach((ready, i) => counts[report(context, ready, results[i])]++);
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import files (.txt, .md, .html, .docx, Copydesk JSON, brat) into the library',
  help: `Usage: copydesk import FILE… [--db PATH] [--max-import-mb N] [--allow-duplicates] [--no-suggest]

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
  --allow-duplicates   import such files anyway, as new documents
  --no-suggest         do not make suggestions for the imported documents now
                       (for a large import: run "copydesk suggest --all" later);
                       by default they are made before the command ends, unless
                       Settings → Suggestions turns suggesting on import off`,
  flags: ['allow-duplicates', 'no-suggest'],
  options: ['max-import-mb'],
  check(args) {
    if (args.positionals.length === 0) throw new UsageError('import needs at least one file.');
  },
  coreOptions(args, env) {
    const maxImportBytes = maxImportOption(args, env);
    return { ...(maxImportBytes === undefined ? {} : { maxImportBytes }), ...(args.flags.has('no-suggest') ? { suggestOnImport: false } : {}) };
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
    let batch: ReadyFile[] = [];
    let batchBytes = 0;
    for (const item of items) {
      const ready = readItem(context, item, settings, shown(item.path));
      if (typeof ready === 'string') {
        counts[ready]++;
        continue;
      }
      const bytes = ready.file.data.length + ready.file.companions.reduce((n, c) => n + c.data.length, 0);
      if (batch.length > 0 && (batch.length >= BATCH_FILES || batchBytes + bytes > BATCH_BYTES)) {
        await importBatch(context, batch, counts);
        batch = [];
        batchBytes = 0;
      }
      batch.push(ready);
      batchBytes += bytes;
    }
    if (batch.length > 0) await importBatch(context, batch, counts);
    const total = items.length + refused.length;
    if (total > 1) context.io.out(`${counts.imported} imported, ${counts.skipped} skipped, ${counts.failed} failed.`);
    if (counts.failed > 0) throw new CliError(`${counts.failed} of ${plural(total, 'file')} could not be imported.`);
    return 0;
  },
};
