import { ConfigError, type Config } from '../../config.js';
import type { Logger } from '../../http/logger.js';
import type { Activity, OutgoingMessage } from './activity.js';
import { createConnectorClient } from './connector-client.js';
import { ConnectorError } from './errors.js';
import { createInboundAuth, type BotIdentity } from './inbound-auth.js';
import { channelLoginUrl } from './login-url.js';
import { createSessionIds } from './session-id.js';

/** The Bot Framework channel: checks who sends activities and sends the replies. */
export interface BotFrameworkChannel {
  /** Rejects with `BotAuthError` (401) or, when the keys cannot be fetched, another error (503). */
  authenticate(authorization: string | undefined): Promise<BotIdentity>;
  /** Throws `BotAuthError` when the token was not issued for this activity. */
  checkActivity(identity: BotIdentity, activity: Activity): void;
  /** The Wegwijzer session id for the activity's conversation. */
  sessionIdFor(activity: Activity): Promise<string>;
  /** Sends a reply to the activity. Never rejects: a failure is logged (without the text). */
  reply(activity: Activity, message: OutgoingMessage): Promise<void>;
}

export interface BotFrameworkChannelOptions {
  log: Logger;
  /** Defaults to the runtime's fetch; tests pass one that reaches a local fake Bot Connector. */
  fetch?: typeof fetch;
  clock?: () => Date;
}

/**
 * Builds the channel from the configuration, or returns undefined when `MicrosoftAppId` is not
 * set (the endpoint then answers 503: it never accepts an activity it cannot authenticate).
 * Throws `ConfigError` for a half configuration, so start-up names the missing variable.
 */
export function createBotFrameworkChannel(
  config: Config,
  options: BotFrameworkChannelOptions,
): BotFrameworkChannel | undefined {
  const appId = config.MicrosoftAppId;
  if (!appId) return undefined;
  const password = botPassword(config);
  // Bound, because a Workers fetch called as a method of another object throws.
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const clock = options.clock ?? (() => new Date());
  const inbound = createInboundAuth({
    appId,
    openIdMetadataUrl: config.ToBotFromChannelOpenIdMetadataUrl,
    issuer: config.ToBotFromChannelTokenIssuer,
    fetch: fetchFn,
    clock,
  });
  const connector = createConnectorClient({
    appId,
    password,
    loginUrl: channelLoginUrl(config),
    scope: config.ToChannelFromBotOAuthScope,
    fetch: fetchFn,
    clock,
  });
  return {
    authenticate: inbound.authenticate,
    checkActivity: inbound.checkActivity,
    sessionIdFor: createSessionIds(password),
    async reply(activity, message) {
      try {
        await connector.reply(activity, message);
      } catch (error) {
        options.log('error', 'botframework.reply_failed', {
          channelId: activity.channelId,
          step: error instanceof ConnectorError ? error.step : null,
          status: error instanceof ConnectorError ? error.status : null,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    },
  };
}

/** The app password, checked against the app type: a half configuration must not start. */
function botPassword(config: Config): string {
  if (config.MicrosoftAppType === 'UserAssignedMSI') {
    throw new ConfigError([
      {
        variable: 'MicrosoftAppType',
        message:
          'UserAssignedMSI is not supported by this channel: use MultiTenant or SingleTenant with MicrosoftAppPassword',
      },
    ]);
  }
  if (config.MicrosoftAppType === 'SingleTenant' && !config.MicrosoftAppTenantId) {
    throw new ConfigError([
      {
        variable: 'MicrosoftAppTenantId',
        message: 'required when MicrosoftAppType is SingleTenant',
      },
    ]);
  }
  if (!config.MicrosoftAppPassword) {
    throw new ConfigError([
      {
        variable: 'MicrosoftAppPassword',
        message: 'required with MicrosoftAppId: replies to Bot Framework are sent with it',
      },
    ]);
  }
  return config.MicrosoftAppPassword;
}
