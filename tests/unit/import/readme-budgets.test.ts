/** The README's table of import budgets states the figures the importers enforce (it drifted once). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as budgets from '../../../src/main/core/import/budgets';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
const row = (what: string): string => readme.split('\n').find((line) => line.startsWith(`| ${what}`)) ?? '';
const n = (value: number): string => value.toLocaleString('en-US');

describe('README import budgets', () => {
  it('match budgets.ts', () => {
    expect(row('HTML nesting depth')).toContain(`${budgets.HTML_MAX_DEPTH} levels`);
    expect(row('HTML elements in a page')).toContain(n(budgets.HTML_MAX_ELEMENTS));
    expect(row('HTML nesting added up')).toContain(n(budgets.HTML_MAX_TOTAL_DEPTH));
    expect(row('Markdown quotes and lists')).toContain(`${budgets.MARKDOWN_MAX_NESTING} levels`);
    expect(row('Markdown emphasis')).toContain(n(budgets.MARKDOWN_MAX_MARKERS_PER_PARAGRAPH));
    expect(row('`.docx` package')).toContain(`${budgets.DOCX_MAX_UNPACKED_BYTES / 2 ** 20} MB, of which Word XML ${budgets.DOCX_MAX_XML_BYTES / 2 ** 20} MB`);
    expect(row('`.docx` paragraphs')).toContain(`${n(budgets.DOCX_MAX_PARAGRAPHS)} / ${budgets.DOCX_MAX_XML_DEPTH} levels / ${n(budgets.DOCX_MAX_ENTRIES)}`);
    expect(row('time to read one file')).toContain(`${budgets.PARSE_WALL_TIME_MS / 1000} s`);
    expect(readme).toContain(`one that takes longer than ${budgets.PARSE_WALL_TIME_MS / 1000} s`);
  });
});
