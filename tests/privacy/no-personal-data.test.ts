import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  escalationNotes,
  escalations,
  sessions,
  stuckEvents,
  turns,
} from '../../src/db/schema.js';
import { createTestApp } from '../support/app.js';

const folder = mkdtempSync(join(tmpdir(), 'wegwijzer-privacy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Personal data as people type it, and the forms it could be stored in. */
const PERSONAL = {
  bsn: ['111222333', '111.222.333'],
  iban: ['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00'],
  phone: ['06-12345678', '0612345678'],
  email: ['jan.verhoeven@example.nl'],
  birthdate: ['12-03-1975'],
  // Not a name in the sample rosters: a caseworker's name in an answer is no leak.
  name: ['Verhoeven'],
  address: ['Kerkstraat 12', '1234 AB', 'Downing Street'],
  partner: ['Maria Jansen'],
  plate: ['AB-123-C'],
  document: ['NW1234567'],
  obfuscatedEmail: ['piet.jansen(at)gmail.com'],
};

const CONVERSATION = [
  'Hallo, mijn naam is Jan Verhoeven. Mijn BSN is 111.222.333 en ik moet mijn huurtoeslag terugbetalen.',
  'Ik kan het niet betalen. Mijn rekeningnummer is NL91 ABNA 0417 1643 00, bel me op 06-12345678.',
  'Ik ben geboren op 12-03-1975 en woon op Kerkstraat 12, 1234 AB Utrecht. Mail: jan.verhoeven@example.nl',
  'Mijn vrouw heet Maria Jansen, ze woonde op 10 Downing Street. Haar paspoort NW1234567, de auto AB-123-C. Of mail piet.jansen(at)gmail.com',
  'Ik word er gek van, ik wil een mens spreken! BSN 111222333, IBAN NL91ABNA0417164300',
  'ja, graag',
];

describe('personal data', () => {
  it('is in neither the database files nor the log after a conversation full of it', async () => {
    const file = join(folder, 'wegwijzer.db');
    const t = await createTestApp({}, { DATABASE_URL: `file:${file}` });
    let sessionId: string | undefined;
    for (const message of CONVERSATION) {
      const response = await t.chat({ message, ...(sessionId ? { sessionId } : {}) });
      expect(response.status).toBe(200);
      const body = await response.json();
      sessionId = body.sessionId;
      // The answer itself never echoes the data either.
      for (const values of Object.values(PERSONAL)) {
        for (const value of values) expect(body.reply).not.toContain(value);
      }
    }
    const last = await (await t.chat({ message: 'Is het gelukt?', sessionId })).json();
    expect(last.escalation?.reference).toBeTruthy();
    // "bel me op 06-12345678" asks for a call: that number is kept with the case, for the
    // caseworker (README, Personal data), and nowhere else.
    const [handedOver] = await t.db.select().from(escalations);
    expect(handedOver?.callbackPhone).toBe('06-12345678');
    const elsewhere = JSON.stringify([
      { ...handedOver, callbackPhone: null },
      await t.db.select().from(sessions),
      await t.db.select().from(turns),
      await t.db.select().from(stuckEvents),
      await t.db.select().from(escalationNotes),
      await t.db.select().from(auditLog),
    ]);
    for (const value of PERSONAL.phone) expect(elsewhere).not.toContain(value);
    t.close();

    const stored = ['', '-wal', '-shm', '-journal']
      .map((suffix) => `${file}${suffix}`)
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('latin1'))
      .join('\n');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toContain('[BSN]');
    const logged = JSON.stringify(t.logs.entries);
    for (const [kind, values] of Object.entries(PERSONAL)) {
      for (const value of values) {
        if (kind !== 'phone') {
          expect(stored.includes(value), `${kind} ${value} in the database file`).toBe(false);
        }
        expect(logged.includes(value), `${kind} ${value} in the log`).toBe(false);
      }
    }
  });
});
