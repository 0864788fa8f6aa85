/** Staff sign-in: bearer JWTs from the identity provider or from the embedded local key. */
export { AUTH_ERROR_REASONS, AuthError, type AuthErrorReason } from './errors.js';
export {
  STAFF_ROLES,
  canAccessAgency,
  canAccessCase,
  isStaffRole,
  parseStaffClaims,
  staffClaimsSchema,
  type StaffClaims,
  type StaffRole,
} from './claims.js';
export {
  ASYMMETRIC_ALGORITHMS,
  CLOCK_TOLERANCE_SECONDS,
  createJwksVerifier,
  verifyStaffToken,
  type AsymmetricAlgorithm,
  type JwksVerifierOptions,
  type TokenVerifier,
  type VerifyOptions,
} from './verifier.js';
export {
  DEFAULT_EXPIRES_IN,
  LOCAL_ALGORITHM,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  MAX_EXPIRES_IN_SECONDS,
  createLocalSigner,
  createLocalVerifier,
  ensureLocalKey,
  generateLocalKey,
  parseExpiresIn,
  type KeyStore,
  type LocalSigner,
  type StoredKey,
} from './local.js';
export { createDrizzleKeyStore } from './key-store.js';
export {
  bearerToken,
  getStaff,
  requireStaff,
  type RequireStaffOptions,
  type StaffAuthDeps,
  type StaffEnv,
  type StaffVariables,
} from './middleware.js';
export { authMode, createStaffVerifier, type AuthConfig } from './from-config.js';
