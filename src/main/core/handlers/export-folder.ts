/**
 * Which folders `export:toFolder` may write into. The folder comes from a person (the folder picker,
 * the CLI's `--out`) or from a web page, so it is checked before anything is created:
 * - it must be absolute: a relative folder would be resolved against the server's working directory
 *   (in web mode, the project checkout, whose files the server serves back as pages);
 * - it must not hold a character no file system accepts in a name (NUL, other control characters),
 *   which would otherwise reach the person as Node's own message.
 */
import { isAbsolute, win32 } from 'node:path';
import { ApiError } from '../../../shared/result';

/** C0 control characters (NUL included) and DEL: no file name can hold them in a useful way. */
const CONTROL = /[\u0000-\u001F\u007F]/;
/** Characters Windows refuses in a path (beyond the drive's colon). */
const WINDOWS_RESERVED = /[<>"|?*]/;

/** A control character as a person can read it: "NUL", "U+001B". */
function describeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  return code === 0 ? 'a NUL character' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Throws `invalid_input` with a sentence when `dir` is not a folder an export may be written to. */
export function checkExportFolder(dir: string, platform: NodeJS.Platform = process.platform): void {
  const control = CONTROL.exec(dir);
  if (control) {
    throw new ApiError('invalid_input', `The export folder cannot be used: its name contains ${describeCharacter(control[0])}. Choose another folder.`);
  }
  const absolute = platform === 'win32' ? win32.isAbsolute(dir) && /^([a-zA-Z]:[\\/]|\\\\)/.test(dir) : isAbsolute(dir);
  if (!absolute) {
    throw new ApiError(
      'invalid_input',
      `The export folder must be a full path (such as ${platform === 'win32' ? 'C:\\Users\\you\\Exports' : '/home/you/exports'}), not “${dir}”.`,
    );
  }
  if (platform === 'win32' && WINDOWS_RESERVED.test(dir.slice(2))) {
    throw new ApiError('invalid_input', 'The export folder cannot be used: Windows does not allow < > " | ? * in folder names. Choose another folder.');
  }
}
