// A start-up that cannot reach or prepare its database says so in one line: what failed, the likely
// cause and what to do, instead of a stack trace. Pure: the error and the target in, the sentence out.
import { describeDatabaseTarget, postgresLocation, type DatabaseTargetDescription } from './database-target';

type Explanation = { cause: string; remedy: string };

const maxDetailChars = 200;

/** Every error in the chain: causes and the members of an AggregateError (a host with several addresses). */
function errorChain(error: unknown): Error[] {
  const chain: Error[] = [];
  const visit = (candidate: unknown, depth: number) => {
    if (!(candidate instanceof Error) || depth > 8 || chain.includes(candidate)) return;
    chain.push(candidate);
    if (candidate instanceof AggregateError) for (const member of candidate.errors) visit(member, depth + 1);
    visit(candidate.cause, depth + 1);
  };
  visit(error, 0);
  return chain;
}

const codeOf = (error: Error) => ('code' in error && typeof error.code === 'string' ? error.code : undefined);

function explainPostgres(codes: string[], target: { url: string }): Explanation | undefined {
  const location = postgresLocation(target.url);
  const user = location?.user || 'the user';
  const host = location?.host ?? 'the host';
  const has = (...wanted: string[]) => wanted.some((code) => codes.includes(code));
  if (has('28P01'))
    return {
      cause: `PostgreSQL refused the password for user "${user}" (28P01)`,
      remedy: 'correct the user and password in DATABASE_URL',
    };
  if (has('28000'))
    return {
      cause: `PostgreSQL does not let user "${user}" connect from here (28000, pg_hba.conf)`,
      remedy: 'check the user in DATABASE_URL and the server’s pg_hba.conf',
    };
  if (has('3D000'))
    return {
      cause: `database "${location?.database ?? ''}" does not exist (3D000)`,
      remedy: 'create it (createdb) or correct the database name in DATABASE_URL',
    };
  if (has('42501'))
    return {
      cause: `user "${user}" may not create the tables (42501, permission denied)`,
      remedy: 'grant the user CREATE on the database, or use the database’s owner',
    };
  if (has('ECONNREFUSED'))
    return {
      cause: `nothing accepts connections at ${host}`,
      remedy: 'start PostgreSQL, or correct the host and port in DATABASE_URL',
    };
  if (has('ENOTFOUND', 'EAI_AGAIN'))
    return { cause: `the host name in DATABASE_URL is unknown (${host})`, remedy: 'correct the host in DATABASE_URL' };
  if (has('CONNECT_TIMEOUT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'))
    return {
      cause: `${host} did not answer in time`,
      remedy: 'check that PostgreSQL runs there and that no firewall is in the way',
    };
  return undefined;
}

function explainFolder(codes: string[], dataDir: string | null): Explanation | undefined {
  const has = (...wanted: string[]) => wanted.some((code) => codes.includes(code));
  if (has('ENOSPC', 'EDQUOT'))
    return {
      cause: 'the disk of the data folder is full',
      remedy: 'free some space, or set DATA_DIR to a folder on another disk',
    };
  if (has('EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'))
    return {
      cause: 'the data folder cannot be created or written (read-only, wrong owner, or a file in its path)',
      remedy: 'give this process write access to it, or set DATA_DIR to a writable folder',
    };
  if (has('ELOCKED'))
    return {
      cause: 'another running process is using the data folder (an embedded database serves one process)',
      remedy: `stop the other Trajectory process, or give this one its own DATA_DIR; if none runs, delete ${dataDir}/server.lock`,
    };
  return undefined;
}

/** The error's first line, without the password (if the message quotes the URL) and shortened. */
function detailOf(chain: Error[], password: string | undefined): string {
  const first =
    chain[0]?.message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('; ') || 'unknown error';
  const hidden = password ? first.split(password).join('***') : first;
  return hidden.length > maxDetailChars ? `${hidden.slice(0, maxDetailChars)}…` : hidden;
}

export function startUpFailureLine(error: unknown, target: DatabaseTargetDescription | undefined): string {
  const chain = errorChain(error);
  const codes = chain.flatMap((link) => codeOf(link) ?? []);
  const password = target?.kind === 'postgres' ? postgresLocation(target.url)?.password : undefined;
  const detail = detailOf(chain, password);
  if (!target) return `Trajectory did not start: ${detail}`;
  const what = `Trajectory did not start: could not open and prepare ${describeDatabaseTarget(target)}`;
  const explanation =
    target.kind === 'postgres' ? explainPostgres(codes, target) : explainFolder(codes, target.dataDir);
  if (!explanation) return `${what}: ${detail}`;
  return `${what}: ${explanation.cause}. What to do: ${explanation.remedy}.`;
}
