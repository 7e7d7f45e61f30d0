// What start-up says to the person who started the server (the database in use, the demo account, why it did
// not start): sentences for a terminal, written as they are. Not log lines, and so not through the console,
// which is the logger's in production (docs/architecture.md, "Logs").
import 'server-only';

export function printNote(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function printFailure(text: string): void {
  process.stderr.write(`${text}\n`);
}
