/**
 * Where `--create-admin` gets the password: `COPYDESK_ADMIN_PASSWORD`, else standard input — a
 * prompt that does not echo on a terminal, or the first line of a pipe. Never the command line,
 * where other users of the machine could read it in the process list.
 */
import { createInterface } from 'node:readline';

/** Reads one line from a pipe. */
function readLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input, terminal: false });
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The new admin's password (see the module note). */
export async function readAdminPassword(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.COPYDESK_ADMIN_PASSWORD) return env.COPYDESK_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) return readLine(process.stdin);
  const first = await promptHidden('Password for the new administrator: ');
  const again = await promptHidden('The same password again: ');
  if (first !== again) throw new Error('the two passwords differ; nothing was created.');
  return first;
}
