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
 * The language of an error about a request's body: its own `locale` ("en", "EN", "en-GB") when
 * it has one, so that an English client gets English errors without an Accept-Language header.
 * The body was read already (by the validator or the rate limiter's caller); Hono keeps it.
 */
export async function bodyErrorLocale(c: Context): Promise<Locale> {
  try {
    const body: unknown = await c.req.json();
    if (body && typeof body === 'object' && 'locale' in body && typeof body.locale === 'string') {
      const tag = localeTag(body.locale);
      if (tag) return tag;
    }
  } catch {
    // Not JSON: the query and headers decide.
  }
  return errorLocale(c);
}

/** "en", "EN", "en-GB", "nl_BE" → the language Wegwijzer speaks, or undefined. */
export function localeTag(value: string): Locale | undefined {
  const language = value.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'nl' || language === 'en' ? language : undefined;
}

/** The message for a body that does not fit: what is wrong with which field. */
export function invalidFieldMessage(
  catalog: Catalog,
  field: string | undefined,
  locale: Locale,
): string {
  const texts = catalog.texts.invalidField;
  // No field at all: the body is not an object ("[1,2]", "null").
  const own = field === undefined ? texts.body : texts[field];
  const text = (own ?? texts.default)?.[locale] ?? catalog.texts.errors.invalid_request[locale];
  return text.replace('{field}', field ?? '');
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
  options: { locale?: Locale; contact?: Contact; message?: string } = {},
) {
  const locale = options.locale ?? errorLocale(c);
  const contact =
    options.contact ??
    chooseContact(deps.catalog, deps.calendar, { agencyId: null, now: deps.clock(), locale });
  return c.json(
    {
      error: { code, message: options.message ?? deps.catalog.texts.errors[code][locale] },
      contact,
    },
    status,
  );
}
