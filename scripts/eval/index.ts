/**
 * `npm run eval:assist`: how good the suggesters are, measured (issue 8). Runs each of
 * scripts/eval/{teasers,claims,entities}.ts that is present — each exports
 * `evaluate(): Promise<string>` with the lines to print, and skips with a sentence where its data in
 * ../shared/data (beside the repository) is absent — and prints what they return, one after another.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const PARTS = ['teasers', 'claims', 'entities'] as const;

async function main(): Promise<number> {
  let failed = 0;
  for (const part of PARTS) {
    const file = join(HERE, `${part}.ts`);
    if (!existsSync(file)) {
      console.log(`${part[0].toUpperCase()}${part.slice(1)}: no evaluation script yet (scripts/eval/${part}.ts).\n`);
      continue;
    }
    const started = performance.now();
    try {
      const module = (await import(pathToFileURL(file).href)) as { evaluate?: () => Promise<string> };
      if (typeof module.evaluate !== 'function') throw new Error(`scripts/eval/${part}.ts exports no evaluate()`);
      console.log(await module.evaluate());
      console.log(`(${part}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    } catch (error) {
      failed++;
      console.error(`${part}: the evaluation failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
