import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '@/lib/env';

describe('environment', () => {
  it('defaults to the embedded database in ./data', () => {
    const env = parseEnvironment({});
    expect(env.databaseUrl).toBeUndefined();
    expect(env.dataDir).toBe(path.resolve('data'));
    expect(env.databasePoolSize).toBe(10);
    expect(env.github).toBeUndefined();
  });

  it('reads a PostgreSQL URL, pool size and data folder', () => {
    const env = parseEnvironment({
      DATABASE_URL: 'postgres://user:pw@db:5432/app',
      DATABASE_POOL_SIZE: '25',
      DATA_DIR: '/var/lib/trajectory',
    });
    expect(env).toMatchObject({
      databaseUrl: 'postgres://user:pw@db:5432/app',
      databasePoolSize: 25,
      dataDir: '/var/lib/trajectory',
    });
  });

  it('treats empty values as unset', () => {
    expect(parseEnvironment({ DATABASE_URL: '', AUTH_SECRET: '  ' }).databaseUrl).toBeUndefined();
  });

  it('turns on an OAuth provider only when both of its values are set', () => {
    expect(parseEnvironment({ AUTH_GITHUB_ID: 'id' }).github).toBeUndefined();
    expect(parseEnvironment({ AUTH_GITHUB_ID: 'id', AUTH_GITHUB_SECRET: 's' }).github).toEqual({
      clientId: 'id',
      clientSecret: 's',
    });
  });

  it('names every bad setting in one clear error', () => {
    const parse = () => parseEnvironment({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', DATABASE_POOL_SIZE: '0' });
    expect(parse).toThrow('DATABASE_URL must start with postgres:// or postgresql://');
    expect(parse).toThrow('AUTH_SECRET must be at least 32 characters');
    expect(parse).toThrow('DATABASE_POOL_SIZE must be a whole number from 1 to 100');
  });

  it('reads LOG_LEVEL, info by default, silent allowed, in any case', () => {
    expect(parseEnvironment({}).logLevel).toBe('info');
    expect(parseEnvironment({ LOG_LEVEL: '' }).logLevel).toBe('info');
    expect(parseEnvironment({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(parseEnvironment({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
  });

  it('refuses an unknown LOG_LEVEL, naming the levels it accepts', () => {
    expect(() => parseEnvironment({ LOG_LEVEL: 'verbose' })).toThrow(
      'LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    );
  });

  it('starts links in email with APP_URL, else with this machine and PORT; never a path or another scheme', () => {
    expect(parseEnvironment({}).appUrl).toBe('http://localhost:3000');
    expect(parseEnvironment({ PORT: '3461' }).appUrl).toBe('http://localhost:3461');
    expect(parseEnvironment({ APP_URL: 'https://trajectory.example.com/' }).appUrl).toBe(
      'https://trajectory.example.com',
    );
    for (const APP_URL of ['trajectory.example.com', 'javascript:alert(1)', 'https://example.com/reset?x=']) {
      expect(() => parseEnvironment({ APP_URL })).toThrow(/APP_URL must be http/);
    }
  });
});
