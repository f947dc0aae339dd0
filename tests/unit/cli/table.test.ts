import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { displayWidth, formatTable, truncate } from '../../../src/cli/table';

describe('formatTable', () => {
  it('aligns columns, right-aligning numbers', () => {
    const table = formatTable(
      [{ header: 'ID' }, { header: 'N', align: 'right' }],
      [
        ['a', '1'],
        ['bbbb', '123'],
      ],
    );
    expect(table).toBe(['ID      N', 'a       1', 'bbbb  123'].join('\n'));
  });

  it('counts wide characters as two columns so CJK titles line up', () => {
    expect(displayWidth('东北振兴')).toBe(8);
    const table = formatTable([{ header: 'TITLE' }, { header: 'X' }], [['东北', '1'], ['ab', '2']]);
    const [, first, second] = table.split('\n');
    expect(displayWidth(first.slice(0, first.indexOf('1')))).toBe(displayWidth(second.slice(0, second.indexOf('2'))));
  });

  it('cuts long cells with an ellipsis and keeps each row on one line', () => {
    expect(truncate('Accumulate Revitalization Momentum', 12)).toBe('Accumulate …');
    const table = formatTable([{ header: 'T', maxWidth: 10 }], [['line one\nline two is long']]);
    expect(table.split('\n')).toHaveLength(2);
    expect(displayWidth(table.split('\n')[1])).toBeLessThanOrEqual(10);
  });
});

describe('parseArgs', () => {
  it('reads flags, valued options in both spellings, and positionals', () => {
    const args = parseArgs(['a', '--json', '--db', 'x.sqlite', '--format=csv', 'b'], { flags: ['json'], options: ['db', 'format'] });
    expect(args.positionals).toEqual(['a', 'b']);
    expect(args.flags.has('json')).toBe(true);
    expect(Object.fromEntries(args.options)).toEqual({ db: 'x.sqlite', format: 'csv' });
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--json'], { flags: ['json'] }).positionals).toEqual(['--json']);
  });

  it('rejects unknown options and options missing their value', () => {
    expect(() => parseArgs(['--nope'], {})).toThrow(UsageError);
    expect(() => parseArgs(['--db'], { options: ['db'] })).toThrow(/needs a value/);
    expect(() => parseArgs(['--json=yes'], { flags: ['json'] })).toThrow(/takes no value/);
  });
});
