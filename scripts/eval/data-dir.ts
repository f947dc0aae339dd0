/** ../shared/data beside the repository: the public data the evaluations read, where it exists. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/data');
