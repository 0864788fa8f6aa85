import type { Config } from '../../config.js';

/** Microsoft's login hosts whose URL path is the Entra ID tenant (public and US Government cloud). */
const MICROSOFT_LOGIN_HOSTS = new Set(['login.microsoftonline.com', 'login.microsoftonline.us']);

/**
 * The authority the bot gets its outbound token from (`{result}/oauth2/v2.0/token`).
 *
 * Microsoft's convention (botframework-connector: `PasswordServiceClientCredentialFactory` and
 * `AppCredentials`): on Microsoft's own login host the path of the authority is the tenant,
 * `botframework.com` by default. A SingleTenant bot's app registration lives only in its own
 * tenant, so there the tenant id replaces that path: `https://login.microsoftonline.com/{tenant}`.
 * Any other login URL (a private cloud, a test double) is taken as configured, as botbuilder's
 * private-cloud credentials do.
 */
export function channelLoginUrl(
  config: Pick<Config, 'ToChannelFromBotLoginUrl' | 'MicrosoftAppType' | 'MicrosoftAppTenantId'>,
): string {
  const configured = config.ToChannelFromBotLoginUrl.replace(/\/+$/, '');
  const tenant =
    config.MicrosoftAppType === 'SingleTenant' ? config.MicrosoftAppTenantId : undefined;
  if (!tenant) return configured;
  const url = new URL(configured);
  if (!MICROSOFT_LOGIN_HOSTS.has(url.hostname.toLowerCase())) return configured;
  return `${url.origin}/${encodeURIComponent(tenant)}`;
}
