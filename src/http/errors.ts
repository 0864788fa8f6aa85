import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Catalog } from '../catalog/catalog.js';
import type { ErrorCode, Locale } from '../catalog/texts.js';
import { chooseContact, type Contact } from '../core/contact.js';
import type { HolidayCalendar } from '../core/holidays.js';

export interface ErrorDeps {
  catalog: Catalog;
  calendar: HolidayCalendar;
  clock: () => Date;
}

/** The language of an error: the request's `locale` query or Accept-Language, else Dutch. */
export function errorLocale(c: Context): Locale {
  const asked = c.req.query('locale') ?? c.req.header('accept-language') ?? '';
  return asked.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * The contract's error body: a code, a plain message, and always a human contact. The contact
 * is the best one known for this request (the routed agency's, if routing got that far).
 */
export function errorResponse<S extends ContentfulStatusCode>(
  c: Context,
  deps: ErrorDeps,
  status: S,
  code: ErrorCode,
  options: { locale?: Locale; contact?: Contact } = {},
) {
  const locale = options.locale ?? errorLocale(c);
  const contact =
    options.contact ??
    chooseContact(deps.catalog, deps.calendar, { agencyId: null, now: deps.clock(), locale });
  return c.json(
    { error: { code, message: deps.catalog.texts.errors[code][locale] }, contact },
    status,
  );
}
