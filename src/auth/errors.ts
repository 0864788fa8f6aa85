/** Why a staff token was refused; stable codes for logs and tests, never shown to the caller. */
export const AUTH_ERROR_REASONS = [
  'missing',
  'malformed',
  'invalid-signature',
  'expired',
  'wrong-issuer',
  'wrong-audience',
  'invalid-claims',
] as const;
export type AuthErrorReason = (typeof AUTH_ERROR_REASONS)[number];

/**
 * A token that does not prove who the caller is. Every such refusal is an `AuthError`, so the
 * middleware can answer 401 for these and treat anything else (an identity provider that cannot
 * be reached) as the service's own problem.
 */
export class AuthError extends Error {
  constructor(
    public readonly reason: AuthErrorReason,
    message: string = reason,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AuthError';
  }
}
