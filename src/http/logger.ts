export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured log entry. Never put message text or personal data in one. */
export type LogFields = Record<string, string | number | boolean | null | undefined | object>;

export type Logger = (level: LogLevel, event: string, fields?: LogFields) => void;

const ORDER: Record<LogLevel | 'silent', number> = {
  debug: 0,
  info: 1,
  warn: 2,
  error: 3,
  silent: 4,
};

/** JSON lines on the console: what both Node and Workers log collection read best. */
export function createConsoleLogger(minimum: LogLevel | 'silent' = 'info'): Logger {
  return (level, event, fields = {}) => {
    if (ORDER[level] < ORDER[minimum]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
    if (level === 'error' || level === 'warn') console.error(line);
    else console.log(line);
  };
}

/** Keeps entries in memory; for tests that check what is (and is not) logged. */
export function createMemoryLogger(): Logger & {
  entries: { level: LogLevel; event: string; fields: LogFields }[];
} {
  const entries: { level: LogLevel; event: string; fields: LogFields }[] = [];
  const logger = (level: LogLevel, event: string, fields: LogFields = {}) => {
    entries.push({ level, event, fields });
  };
  return Object.assign(logger, { entries });
}
