import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaffClaims } from '../../src/auth/index.js';
import { WEDNESDAY_MORNING } from '../support/app.js';
import { accessibilityViolations, browserAvailable, useBrowserApp } from '../support/browser.js';

describe.skipIf(!browserAvailable)('the staff pages in a real browser', () => {
  const env = useBrowserApp(async (t) => {
    // Six people get stuck on a debt at Toeslagen; one of them asks for a person and says yes.
    for (let i = 0; i < 6; i += 1) {
      await t.chat({
        message: 'Ik moet mijn huurtoeslag terugbetalen maar ik kan het niet betalen',
      });
    }
    const first = await (
      await env.t.chat({ message: 'Ik wil een medewerker spreken over mijn huurtoeslag' })
    ).json();
    await env.t.chat({ message: 'ja, graag', sessionId: first.sessionId });
    // After the hand-off the person speaks of suicide: the caseworker must see that first.
    await env.t.chat({ message: 'ik wil niet meer leven', sessionId: first.sessionId });
    // Two more small counts, so that the 6 stays visible: one small count alone next to a total
    // would be given away, and the 6 would then be hidden as well.
    for (let i = 0; i < 2; i += 1) {
      await env.t.chat({
        message: 'Ik heb geen DigiD en geen computer, hoe vraag ik zorgtoeslag aan?',
      });
    }
  });

  async function signIn(page: Page, path: string, token: string) {
    await page.goto(`${env.url}${path}`);
    await page.getByLabel('Toegangscode (token)').fill(token);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  it('shows an analyst the knelpuntenrapport with charts and tables', async () => {
    const page = await env.browser.newPage();
    const token = await env.t.tokenFor({
      role: 'analyst',
      agency: 'rijksoverheid',
      sub: 'analyst',
    });
    await signIn(page, '/dashboard', token);
    await page.getByLabel('Van').fill('2026-11-30');
    await page.getByLabel('Tot en met').fill('2026-12-06');
    await page.getByLabel('Organisatie', { exact: true }).selectOption('toeslagen');
    await page.getByRole('button', { name: 'Toon rapport' }).click();
    await expect.poll(() => page.locator('.report h2').textContent()).toContain('Dienst Toeslagen');
    expect(await page.locator('.report svg.chart').count()).toBeGreaterThan(1);
    expect(
      await page.getByRole('table', { name: 'Soort knelpunt', exact: true }).textContent(),
    ).toMatch(/Schuld\s*De persoon kan iets niet betalen[^]*6/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('saves the CSV under the name the server gives it: the agency and the period', async () => {
    const page = await env.browser.newPage();
    const token = await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'a-csv' });
    await signIn(page, '/dashboard', token);
    await page.getByLabel('Van').fill('2026-11-30');
    await page.getByLabel('Tot en met').fill('2026-12-06');
    await page.getByLabel('Organisatie', { exact: true }).selectOption('toeslagen');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toBe(
      'knelpunten-toeslagen-2026-11-30-2026-12-06.csv',
    );
    await page.close();
  }, 30_000);

  it('shows an analyst the report of the last weeks right after signing in, dates left empty', async () => {
    const page = await env.browser.newPage();
    const token = await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'a2' });
    await signIn(page, '/dashboard', token);
    await expect.poll(() => page.locator('.report h2').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-status]').textContent()).toContain(
      'Het rapport staat hieronder',
    );
    // The empty fields now show the whole weeks the report covers.
    const from = await page.getByLabel('Van').inputValue();
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('.report').getAttribute('data-from')).toBe(from);
    expect(new Date(`${from}T12:00:00Z`).getUTCDay()).toBe(1);
    await page.close();
  }, 30_000);

  it('says a refused period next to the fields and takes away the report of the period before', async () => {
    const page = await env.browser.newPage();
    const token = await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'a3' });
    await signIn(page, '/dashboard', token);
    await expect.poll(() => page.locator('.report h2').count()).toBeGreaterThan(0);
    await page.getByLabel('Van').fill('2026-12-31');
    await page.getByLabel('Tot en met').fill('2026-01-01');
    await page.getByRole('button', { name: 'Toon rapport' }).click();
    const problem = page.getByRole('alert');
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toMatch(/periode/);
    expect(await page.locator('.report').count()).toBe(0);
    expect(await page.getByLabel('Van').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    // A good period takes the message away again.
    await page.getByLabel('Van').fill('2026-11-30');
    await page.getByLabel('Tot en met').fill('2026-12-06');
    await page.getByRole('button', { name: 'Toon rapport' }).click();
    await expect.poll(() => page.locator('.report h2').count()).toBeGreaterThan(0);
    expect(await problem.isVisible()).toBe(false);
    expect(await page.getByLabel('Van').getAttribute('aria-invalid')).toBeNull();
    // At 200 % zoom (half the width) the charts shrink with the page: no sideways scrolling.
    await page.setViewportSize({ width: 640, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  }, 30_000);

  it('fits the report on a 390 px phone: no sideways page, a wide table scrolls in its box with a hint', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(
      page,
      '/dashboard',
      await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'a5' }),
    );
    await page.getByLabel('Van').fill('2026-11-30');
    await page.getByLabel('Tot en met').fill('2026-12-06');
    await page.getByRole('button', { name: 'Toon rapport' }).click();
    await expect.poll(() => page.locator('.report h2').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const boxes = () =>
      page.locator('.table-scroll').evaluateAll((elements) =>
        elements.map((box) => ({
          wide: box.scrollWidth > box.clientWidth + 1,
          hinted: !document.getElementById(box.getAttribute('aria-describedby') ?? '')?.hidden,
          focusable: box.getAttribute('tabindex') === '0',
        })),
      );
    const hintedWhenWide = async () => {
      const all = await boxes();
      expect(all.length).toBeGreaterThan(1);
      for (const box of all) expect(box).toEqual({ ...box, hinted: box.wide, focusable: true });
      return all.some((box) => box.wide);
    };
    await hintedWhenWide();
    // Narrower still (320 px, or 400 % zoom), the table per week and kind, with a column per
    // kind, no longer fits: it says so, and the page still does not scroll sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(hintedWhenWide).toBe(true);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('writes every label and count of the charts inside the chart', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(
      page,
      '/dashboard',
      await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'a6' }),
    );
    await expect.poll(() => page.locator('.report svg.chart').count()).toBeGreaterThan(1);
    const cut = await page.locator('.report svg.chart text').evaluateAll((texts) =>
      texts
        .map((element) => {
          const text = element as SVGTextElement;
          const box = text.getBBox();
          const width = (text.ownerSVGElement as SVGSVGElement).viewBox.baseVal.width;
          return { text: text.textContent, left: box.x, right: box.x + box.width, width };
        })
        .filter((t) => t.left < 0 || t.right > t.width),
    );
    expect(cut).toEqual([]);
    await page.close();
  }, 30_000);

  it('moves the focus to the heading of what appears after signing in, on both staff pages', async () => {
    const focused = (page: Page) =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active ? `${active.tagName} ${active.textContent ?? ''}` : 'none';
      });
    const dashboard = await env.browser.newPage();
    await signIn(
      dashboard,
      '/dashboard',
      await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'a3' }),
    );
    expect(await focused(dashboard)).toBe('H2 Kies periode en organisatie');
    // The report that loads by itself is announced, and leaves the focus where it is.
    await expect
      .poll(() => dashboard.locator('[data-status]').textContent())
      .toContain('Het rapport staat hieronder');
    expect(await focused(dashboard)).toBe('H2 Kies periode en organisatie');
    expect(await accessibilityViolations(dashboard)).toEqual([]);
    await dashboard.close();

    const caseworker = await env.browser.newPage();
    await signIn(
      caseworker,
      '/caseworker',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw-2' }),
    );
    expect(await focused(caseworker)).toBe('H2 Wachtrij');
    await expect
      .poll(() => caseworker.locator('[data-status]').textContent())
      .toMatch(/^1 zaak in de wachtrij\./);
    expect(await focused(caseworker)).toBe('H2 Wachtrij');
    await caseworker.close();
  }, 30_000);

  it('tells a caseworker who tries the dashboard that they have no access', async () => {
    const page = await env.browser.newPage();
    await signIn(
      page,
      '/dashboard',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw' }),
    );
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/geen toegang/);
    await page.close();
  }, 30_000);

  it('lets a caseworker open, claim and resolve a case from the queue', async () => {
    const page = await env.browser.newPage();
    await signIn(
      page,
      '/caseworker',
      await env.t.tokenFor({
        role: 'caseworker',
        agency: 'toeslagen',
        sub: 'cw-1',
        name: 'Sanne de Vries',
      }),
    );
    const queue = page.getByRole('table', { name: 'Zaken van uw organisatie' });
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);
    // A Dutch page names signals, status and organisation in Dutch, not by the API's ids.
    const row = await queue.locator('tbody tr').textContent();
    expect(row).toContain('Wil een mens');
    expect(row).toContain('Open');
    expect(row).not.toMatch(/wants-human|open\b/);
    // At 200 % zoom the queue's wide table scrolls on its own; the page does not.
    await page.setViewportSize({ width: 640, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await queue.locator('tbody button').click();
    await expect.poll(() => page.locator('[data-case] h2').textContent()).toMatch(/^Zaak TSL-/);
    // The focus goes to the case's heading; no live region reads the whole transcript out.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.locator('[data-case]').getAttribute('aria-live')).toBeNull();
    expect(await page.locator('[data-case] .case-warning').textContent()).toMatch(
      /^Let op: in dit gesprek kwam 113 Zelfmoordpreventie ter sprake\./,
    );
    const facts = page.locator('[data-case] dl');
    expect(await facts.textContent()).toMatch(/OrganisatieDienst Toeslagen/);
    expect(await facts.textContent()).toMatch(/KnelpuntenWil een mens/);
    // In which language to call, and where the person asked.
    expect(await facts.textContent()).toMatch(/Taal van de burgerNederlands/);
    expect(await facts.textContent()).toMatch(/Gevraagd viaWebsite/);
    expect(await facts.textContent()).not.toMatch(/Onderwerp[a-z-]+\//);
    expect(await facts.textContent()).not.toMatch(/toeslagen|wants-human/);
    expect(await page.locator('[data-case]').textContent()).toContain(
      'Ik wil een medewerker spreken',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zaak oppakken' }).click();
    await expect
      .poll(() => page.locator('[data-case] dd').first().textContent())
      .toBe('In behandeling');
    // The claimed case stays in the working list, saying who has it, and the page says so.
    await expect
      .poll(() => page.locator('[data-status]').textContent())
      .toMatch(/^U hebt zaak TSL-.* opgepakt\.$/);
    // By name, as colleagues know each other, not by login id.
    expect(await queue.locator('tbody tr').textContent()).toContain(
      'In behandeling bij Sanne de Vries',
    );
    expect(await queue.locator('tbody tr').textContent()).not.toContain('Opgepakt');
    expect(await facts.textContent()).toMatch(/In behandeling bijSanne de Vries/);
    // A call that did not reach the person: a note, and the case stays open.
    await page.getByLabel('Notitie toevoegen').fill('Voicemail ingesproken, morgen opnieuw');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await expect
      .poll(() => page.locator('[data-case] ul').textContent())
      .toContain('Voicemail ingesproken, morgen opnieuw');
    expect(await page.locator('[data-case] dd').first().textContent()).toBe('In behandeling');
    // In Amsterdam time (the test clock is 09:00 UTC in winter) and by the writer's name.
    expect(await page.locator('[data-case] ul').textContent()).toMatch(
      /\b10:00 — Sanne de Vries: Voicemail/,
    );
    // Hours and minutes: seconds only crowd a time.
    expect(await page.locator('[data-case]').textContent()).not.toMatch(/\d:\d\d:\d\d/);
    expect(await queue.locator('tbody tr').textContent()).not.toMatch(/\d:\d\d:\d\d/);
    // Claimed is claimed: no button to claim it again.
    expect(await page.getByRole('button', { name: 'Zaak oppakken' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Without a chosen outcome nothing is closed: "Geholpen" is no default.
    expect(await page.getByLabel('Uitkomst').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Zaak afronden' }).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.locator('[data-case] dd').first().textContent()).toBe('In behandeling');
    // In the page's language, not the browser's.
    expect(
      await page
        .getByLabel('Uitkomst')
        .evaluate((select) => (select as HTMLSelectElement).validationMessage),
    ).toBe('Kies eerst een uitkomst.');
    await page.getByLabel('Uitkomst').selectOption('helped');
    await page.getByLabel('Notitie bij afronden').fill('Teruggebeld, regeling afgesproken');
    await page.getByRole('button', { name: 'Zaak afronden' }).click();
    await expect.poll(() => page.locator('[data-case] dd').first().textContent()).toBe('Afgerond');
    expect(await facts.textContent()).toMatch(/UitkomstGeholpen/);
    expect(await page.locator('[data-case]').textContent()).toContain(
      'Teruggebeld, regeling afgesproken',
    );
    await page.close();
  }, 30_000);

  it('shows a caseworker on the page, in Dutch, that a colleague claimed the case meanwhile', async () => {
    const first = await (
      await env.t.chat({ message: 'Ik wil een medewerker spreken over mijn zorgtoeslag' })
    ).json();
    const handed = await (
      await env.t.chat({ message: 'ja, graag', sessionId: first.sessionId })
    ).json();
    const reference: string = handed.escalation.reference;
    // The browser asks for English (en-US); the page is Dutch.
    const page = await env.browser.newPage({ locale: 'en-US' });
    await signIn(
      page,
      '/caseworker',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw-b' }),
    );
    await page.getByRole('button', { name: reference }).click();
    await expect.poll(() => page.locator('[data-case] h2').textContent()).toBe(`Zaak ${reference}`);
    const claimed = await env.t.staff(
      `/api/escalations/${reference}/claim`,
      { role: 'caseworker', agency: 'toeslagen', sub: 'cw-a', name: 'Anna Bakker' },
      { method: 'POST' },
    );
    expect(claimed.status).toBe(200);
    await page.getByRole('button', { name: 'Zaak oppakken' }).click();
    const alert = page.locator('[data-case] [role="alert"]');
    await expect.poll(() => alert.textContent()).toMatch(/Iemand anders heeft deze zaak al/);
    expect(await alert.isVisible()).toBe(true);
    // The case as it is now: who has it, and nothing to act on it that would be refused again.
    expect(await page.locator('[data-case] dl').textContent()).toMatch(
      /StatusIn behandeling[^]*In behandeling bijAnna Bakker/,
    );
    expect(await page.locator('[data-case]').textContent()).toContain(
      'In behandeling bij Anna Bakker',
    );
    for (const action of ['Zaak oppakken', 'Notitie opslaan', 'Zaak afronden'])
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    await page.close();
  }, 30_000);

  it('says on the page why a caseworker is signed out, and when a role has no access', async () => {
    const page = await env.browser.newPage();
    const expired = await env.t.tokenFor(
      { role: 'caseworker', agency: 'toeslagen', sub: 'cw-c' },
      { expiresIn: '1h', issuedAt: new Date(WEDNESDAY_MORNING.getTime() - 3 * 3600_000) },
    );
    await signIn(page, '/caseworker', expired);
    const signInError = page.locator('[data-sign-in-error]');
    await expect.poll(() => signInError.textContent()).toMatch(/niet \(meer\) geldig/);
    expect(await signInError.isVisible()).toBe(true);
    expect(await page.getByLabel('Toegangscode (token)').isVisible()).toBe(true);
    // An analyst on the caseworker page: told so where the queue would be.
    await page
      .getByLabel('Toegangscode (token)')
      .fill(await env.t.tokenFor({ role: 'analyst', agency: 'rijksoverheid', sub: 'an' }));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    expect(await signInError.isVisible()).toBe(false);
    const queueError = page.locator('[data-queue-error]');
    await expect.poll(() => queueError.textContent()).toMatch(/geen toegang/);
    expect(await queueError.isVisible()).toBe(true);
    await page.close();
  }, 30_000);

  it('shows the caseworker the time the person asked to be called at, and no deadline of ours', async () => {
    const first = await (
      await env.t.chat({ message: 'Ik wacht al weken op mijn zorgtoeslag, ik wil iemand spreken' })
    ).json();
    const handed = await (
      await env.t.chat({
        message: 'ja graag, bel me op 0612345679 liefst tussen 10 en 12',
        sessionId: first.sessionId,
      })
    ).json();
    const reference: string = handed.escalation.reference;
    const page = await env.browser.newPage();
    await signIn(
      page,
      '/caseworker',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw-w' }),
    );
    const row = page.locator('[data-queue] tbody tr', { hasText: reference });
    await expect.poll(() => row.textContent()).toContain('liefst tussen 10 en 12');
    expect(await row.textContent()).not.toContain('vóór');
    await page.getByRole('button', { name: reference }).click();
    await expect.poll(() => page.locator('[data-case] h2').textContent()).toBe(`Zaak ${reference}`);
    const facts = await page.locator('[data-case] dl').textContent();
    expect(facts).toMatch(/Bellenliefst tussen 10 en 12/);
    expect(facts).not.toMatch(/vóór|verwacht/);
    await page.close();
  }, 30_000);

  it('shows who has a case a colleague already claimed, and no forms to claim, note or close it', async () => {
    const first = await (
      await env.t.chat({ message: 'Ik wil een medewerker spreken over mijn kinderopvangtoeslag' })
    ).json();
    const handed = await (
      await env.t.chat({ message: 'ja, graag', sessionId: first.sessionId })
    ).json();
    const reference: string = handed.escalation.reference;
    const colleague: StaffClaims = {
      role: 'caseworker',
      agency: 'toeslagen',
      sub: 'cw-e',
      name: 'Emre Kaya',
    };
    const claimed = await env.t.staff(`/api/escalations/${reference}/claim`, colleague, {
      method: 'POST',
    });
    expect(claimed.status).toBe(200);
    const page = await env.browser.newPage();
    await signIn(
      page,
      '/caseworker',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw-f' }),
    );
    await page.getByRole('button', { name: reference }).click();
    await expect.poll(() => page.locator('[data-case] h2').textContent()).toBe(`Zaak ${reference}`);
    expect(await page.locator('[data-case]').textContent()).toContain(
      'In behandeling bij Emre Kaya',
    );
    for (const action of ['Zaak oppakken', 'Notitie opslaan', 'Zaak afronden'])
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    expect(await page.getByLabel('Uitkomst').count()).toBe(0);
    // The one who holds it still gets the forms.
    const own = await env.browser.newPage();
    await signIn(own, '/caseworker', await env.t.tokenFor(colleague));
    await own.getByRole('button', { name: reference }).click();
    await expect.poll(() => own.locator('[data-case] h2').textContent()).toBe(`Zaak ${reference}`);
    expect(await own.getByRole('button', { name: 'Zaak afronden' }).count()).toBe(1);
    expect(await own.locator('[data-case]').textContent()).not.toContain('Alleen die collega');
    await own.close();
    await page.close();
  }, 30_000);

  it('shows the window the person was told as "09:00–11:00", in hours and minutes, Amsterdam time', async () => {
    // A case made when the team was closed: the person was told a window on the next morning.
    const summary = {
      reference: 'TSL-4K7-92Q',
      agency: 'toeslagen',
      topic: null,
      caseworker: { id: 'team', name: 'Team Toeslagen' },
      status: 'open',
      consent: false,
      signals: ['wants-human'],
      channel: 'web',
      createdAt: '2026-12-02T21:00:00.000Z',
      expectedContactFrom: '2026-12-03T08:00:00.000Z',
      expectedContactAt: '2026-12-03T10:00:00.000Z',
      timePromised: true,
      callbackWish: null,
      callbackRequested: true,
      municipality: null,
      claimedBy: null,
      claimedByName: null,
      outcome: null,
      webhook: 'none',
    };
    const detail = {
      ...summary,
      callbackPhone: '0612345678',
      note: null,
      crisisLines: [],
      language: 'nl',
      transcript: null,
      notes: [{ author: 'cw', at: '2026-12-02T21:00:05.000Z', text: 'Gebeld, geen gehoor' }],
      heldByAnother: false,
    };
    const page = await env.browser.newPage();
    await page.route(/\/api\/escalations(\?.*)?$/, (route) =>
      route.fulfill({ json: { cases: [summary] } }),
    );
    await page.route(/\/api\/escalations\/TSL-4K7-92Q$/, (route) =>
      route.fulfill({ json: detail }),
    );
    await signIn(
      page,
      '/caseworker',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw-t' }),
    );
    const row = page.locator('[data-queue] tbody tr', { hasText: 'TSL-4K7-92Q' });
    await expect.poll(() => row.textContent()).toMatch(/09:00–11:00/);
    expect(await row.textContent()).not.toMatch(/vóór|\d:\d\d:\d\d/);
    await page.getByRole('button', { name: 'TSL-4K7-92Q' }).click();
    await expect.poll(() => page.locator('[data-case] h2').textContent()).toBe('Zaak TSL-4K7-92Q');
    const text = await page.locator('[data-case]').textContent();
    expect(text).toMatch(/Bellen[^]*09:00–11:00/);
    // The note of 22:00:05 Amsterdam time, without its seconds.
    expect(text).toMatch(/\b22:00 — cw: Gebeld, geen gehoor/);
    expect(text).not.toMatch(/\d:\d\d:\d\d/);
    await page.close();
  }, 30_000);

  it('keeps a case reference on one line on a 390 px phone, in the queue and in the heading', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(
      page,
      '/caseworker',
      await env.t.tokenFor({ role: 'caseworker', agency: 'toeslagen', sub: 'cw-p' }),
    );
    const buttons = page.locator('[data-queue] tbody th button');
    await expect.poll(() => buttons.count()).toBeGreaterThan(0);
    // A text broken over lines has one box per line.
    const lines = (selector: string) =>
      page.evaluate(
        (css) =>
          [...document.querySelectorAll(css)].map((node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return `${node.textContent}: ${tops.size}`;
          }),
        selector,
      );
    for (const line of await lines('[data-queue] tbody th button')) expect(line).toMatch(/: 1$/);
    await buttons.first().click();
    await expect.poll(() => page.locator('[data-case] h2').textContent()).toMatch(/^Zaak /);
    expect((await lines('[data-case] h2 .reference')).length).toBe(1);
    for (const line of await lines('[data-case] h2 .reference')) expect(line).toMatch(/: 1$/);
    await page.close();
  }, 30_000);
});
