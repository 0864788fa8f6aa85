import { ConfigError, type Config } from '../config.js';
import { AuthError } from './errors.js';
import { createLocalVerifier, ensureLocalKey, type KeyStore } from './local.js';
import { createJwksVerifier, type TokenVerifier } from './verifier.js';

/** The configuration that decides where staff tokens come from. */
export type AuthConfig = Pick<Config, 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>;

/** Whether staff tokens come from an identity provider (`jwks`) or the embedded key (`local`). */
export function authMode(config: AuthConfig): 'jwks' | 'local' {
  return config.AUTH_JWKS_URL ? 'jwks' : 'local';
}

/**
 * The staff token verifier for this configuration. With `AUTH_JWKS_URL` it trusts the identity
 * provider, which then also needs `AUTH_ISSUER` and `AUTH_AUDIENCE` (a token for another
 * application of the same provider must not work here); a missing one throws a `ConfigError`.
 * Without it, it uses the embedded key from `store`, created on first use. Building is
 * synchronous so a Worker can build it with the app; the key is read on the first token.
 */
export function createStaffVerifier(
  config: AuthConfig,
  store: KeyStore,
  options: { clock?: () => Date } = {},
): TokenVerifier {
  if (config.AUTH_JWKS_URL) {
    const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = config;
    if (!issuer || !audience) {
      throw new ConfigError(
        (['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const)
          .filter((variable) => !config[variable])
          .map((variable) => ({ variable, message: 'required when AUTH_JWKS_URL is set' })),
      );
    }
    return createJwksVerifier({
      jwksUrl: config.AUTH_JWKS_URL,
      issuer,
      audience,
      clock: options.clock,
    });
  }
  let local: Promise<TokenVerifier> | undefined;
  return {
    async verify(token) {
      local ??= ensureLocalKey(store).then((key) => createLocalVerifier(key, options));
      try {
        return await (await local).verify(token);
      } catch (error) {
        // A database hiccup on the first request must not disable sign-in until a restart.
        if (!(error instanceof AuthError)) local = undefined;
        throw error;
      }
    },
  };
}
