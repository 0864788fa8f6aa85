import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('needs nothing for the embedded default', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 8787,
      HOST: '127.0.0.1',
      DATABASE_URL: 'file:.data/wegwijzer.db',
      RATE_LIMIT_PER_MINUTE: 30,
      RETENTION_DAYS: 90,
      OPENAI_TIMEOUT_MS: 5000,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', OPENAI_API_KEY: '' })).toMatchObject({
      PORT: 8787,
      OPENAI_API_KEY: undefined,
    });
  });

  it('reads numbers and switches the rate limit off with 0', () => {
    expect(loadConfig({ PORT: '9000', RATE_LIMIT_PER_MINUTE: '0' })).toMatchObject({
      PORT: 9000,
      RATE_LIMIT_PER_MINUTE: 0,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'postgres://localhost/db'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RETENTION_DAYS', '0'],
    ['OPENAI_BASE_URL', 'not a url'],
    ['OPENAI_TIMEOUT_MS', 'soon'],
    ['TRUSTED_PROXY_HEADER', 'X Forwarded For'],
    ['OPENAI_TIMEOUT_MS', '10'],
    ['AUTH_JWKS_URL', 'nope'],
    ['MicrosoftAppType', 'Anonymous'],
    ['LOG_LEVEL', 'loud'],
  ])('stops with a message that names %s when it is %j', (variable, value) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).issues.map((issue) => issue.variable)).toEqual([variable]);
  });

  it('names every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', RETENTION_DAYS: 'y' })).toThrow(
      /PORT[\s\S]*RETENTION_DAYS/,
    );
  });
});
