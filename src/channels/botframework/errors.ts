/** Why an activity's token was refused. Logged; never shown to the caller in more detail than 401. */
export type BotAuthReason =
  | 'missing'
  | 'malformed'
  | 'invalid-signature'
  | 'expired'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'invalid-claims'
  | 'service-url-mismatch'
  | 'not-endorsed';

/** The activity's token does not prove that the Bot Connector sent it: the answer is 401. */
export class BotAuthError extends Error {
  constructor(
    public readonly reason: BotAuthReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BotAuthError';
  }
}

/** The Bot Connector refused or could not take a reply (or a token for it). */
export class ConnectorError extends Error {
  constructor(
    public readonly step: 'token' | 'reply',
    public readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(
      `bot connector ${step} failed${status === null ? '' : ` with status ${status}`}`,
      options,
    );
    this.name = 'ConnectorError';
  }
}
