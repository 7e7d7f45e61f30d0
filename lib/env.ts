// The environment, read and validated once. Every setting has a default that
// suits the zero-setup quick start; see README "Configuration".
import 'server-only';
import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const poolSizeMessage = 'DATABASE_POOL_SIZE must be a whole number from 1 to 100';
const mailFromMessage = 'MAIL_FROM must be an email address, alone or as Name <address>';
const mailSettings = ['SMTP_URL', 'MAIL_FROM'];
const proxyHopsMessage = 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10';
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];
const logLevelMessage = `LOG_LEVEL must be one of ${logLevels.join(', ')}`;

const environmentSchema = z.object({
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: poolSizeMessage })
    .int(poolSizeMessage)
    .min(1, poolSizeMessage)
    .max(100, poolSizeMessage)
    .default(10),
  DATA_DIR: optionalText,
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: proxyHopsMessage })
    .int(proxyHopsMessage)
    .min(0, proxyHopsMessage)
    .max(10, proxyHopsMessage)
    .default(0),
  LOG_LEVEL: optionalText
    .transform((value) => value?.toLowerCase())
    .pipe(z.enum(logLevels, logLevelMessage).default('info')),
  AUTH_SECRET: optionalText.pipe(z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional()),
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\/[^/\s]/, 'SMTP_URL must start with smtp:// or smtps:// and name a host')
      .optional(),
  ),
  APP_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^https?:\/\/[^/\s]+\/?$/,
        'APP_URL must be http:// or https:// and a host, like https://trajectory.example.com',
      )
      .optional(),
  ),
  PORT: optionalText,
  MAIL_FROM: optionalText.pipe(
    z
      .string()
      .regex(/^([^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, mailFromMessage)
      .optional(),
  ),
});

const checkedEnvironmentSchema = environmentSchema.refine((env) => !env.SMTP_URL || env.MAIL_FROM, {
  path: ['MAIL_FROM'],
  message: 'MAIL_FROM is required when SMTP_URL is set: a mail server sends only from an address it accepts',
  // Checked alongside every other setting's message, unless one of these two is itself malformed.
  when: (payload) => !payload.issues.some((issue) => mailSettings.includes(String(issue.path?.[0]))),
});

export type Environment = {
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  authSecret: string | undefined;
  /** How many proxies of ours append to X-Forwarded-For; 0: no client address is trusted (docs/security.md). */
  trustedProxyHops: number;
  github: { clientId: string; clientSecret: string } | undefined;
  google: { clientId: string; clientSecret: string } | undefined;
  /** Unset: email is written to DATA_DIR/outbox instead of being sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where users reach the app: links in email start with it, never with a request's own Host header. */
  appUrl: string;
  logLevel: LogLevel;
};

export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  const result = checkedEnvironmentSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  const env = result.data;
  return {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? 'data'),
    authSecret: env.AUTH_SECRET,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    github: oauthPair(env.AUTH_GITHUB_ID, env.AUTH_GITHUB_SECRET),
    google: oauthPair(env.AUTH_GOOGLE_ID, env.AUTH_GOOGLE_SECRET),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? 'Trajectory <trajectory@localhost>',
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL,
  };
}

function oauthPair(clientId: string | undefined, clientSecret: string | undefined) {
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

let cached: Environment | undefined;

export function env(): Environment {
  cached ??= parseEnvironment(process.env);
  return cached;
}
