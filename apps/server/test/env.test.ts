import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/env.js';

describe('configuration from the environment', () => {
  it('comes up with embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toMatch(/\.enox-data[/\\]pglite$/);
    expect(config.defaultMonthlyLimit).toBe(25);
    expect(config.auth.signup).toEqual({ mode: 'open' });
  });

  it('parses sign-up domains and normalises CORS origins', () => {
    const config = loadConfig({
      ENOX_SIGNUP: 'Example.com, @team.example.org',
      ENOX_CORS_ORIGINS: 'https://a.example/, https://B.example',
    });
    expect(config.auth.signup).toEqual({
      mode: 'domains',
      domains: ['example.com', 'team.example.org'],
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('names every bad variable in one clear error', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ENOX_SIGNUP: 'not a domain' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*ENOX_SIGNUP/);
  });
});
