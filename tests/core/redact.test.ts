import { describe, expect, it } from 'vitest';
import {
  containsPersonalData,
  phoneNumbersIn,
  redact,
  type PersonalDataKind,
} from '../../src/core/redact.js';

interface Case {
  says: string;
  input: string;
  expected: string;
}

function expectRedaction({ input, expected }: Case): void {
  expect(redact(input).text).toBe(expected);
}

describe('redact', () => {
  describe('BSN', () => {
    it.each<Case>([
      {
        says: 'a valid BSN after "mijn BSN is" is redacted',
        input: 'Mijn BSN is 123456782.',
        expected: 'Mijn BSN is [BSN].',
      },
      {
        says: 'a valid BSN is redacted even without context',
        input: 'Het nummer 111222333 staat op mijn brief',
        expected: 'Het nummer [BSN] staat op mijn brief',
      },
      {
        says: 'a BSN written with dots is redacted',
        input: 'bsn: 123.456.782',
        expected: 'bsn: [BSN]',
      },
      {
        says: 'a BSN written as 4-2-3 with spaces is redacted',
        input: 'BSN 1234 56 782 graag',
        expected: 'BSN [BSN] graag',
      },
      {
        says: 'a BSN written as 3-3-3 with spaces is redacted',
        input: 'Ik heb 123 456 782 opgegeven',
        expected: 'Ik heb [BSN] opgegeven',
      },
      {
        says: 'a number failing the 11-proef is still redacted after "burgerservicenummer"',
        input: 'Mijn burgerservicenummer is 123456789',
        expected: 'Mijn burgerservicenummer is [BSN]',
      },
      {
        says: 'a number failing the 11-proef is still redacted after "BSN-nummer:"',
        input: 'BSN-nummer: 987654321',
        expected: 'BSN-nummer: [BSN]',
      },
      {
        says: 'an eight-digit sofinummer is redacted when it is called one',
        input: 'Mijn oude sofinummer was 12345678',
        expected: 'Mijn oude sofinummer was [BSN]',
      },
    ])('$says', expectRedaction);

    it.each<Case>([
      {
        says: 'nine digits failing the 11-proef without context stay',
        input: 'Ordernummer 123456789 is verzonden',
        expected: 'Ordernummer 123456789 is verzonden',
      },
      {
        says: 'an amount in euro stays, even if its digits pass the 11-proef',
        input: 'Ik moet € 123.456.782 betalen',
        expected: 'Ik moet € 123.456.782 betalen',
      },
      {
        says: 'digits followed by "euro" stay',
        input: 'Ik heb 123456782 euro geërfd',
        expected: 'Ik heb 123456782 euro geërfd',
      },
      {
        says: 'nine zeros stay, although they pass the 11-proef',
        input: 'Ik vulde 000000000 in',
        expected: 'Ik vulde 000000000 in',
      },
      {
        says: 'an eight-digit number without context stays (a KvK number)',
        input: 'KvK-nummer 12345678',
        expected: 'KvK-nummer 12345678',
      },
    ])('$says', expectRedaction);
  });

  describe('IBAN', () => {
    it.each<Case>([
      {
        says: 'a Dutch IBAN in groups is redacted',
        input: 'IBAN NL91 ABNA 0417 1643 00 graag',
        expected: 'IBAN [IBAN] graag',
      },
      {
        says: 'a lower-case IBAN without spaces is redacted',
        input: 'stort het op nl91abna0417164300 aub',
        expected: 'stort het op [IBAN] aub',
      },
      {
        says: 'an upper-case IBAN without spaces is redacted',
        input: 'NL91ABNA0417164300',
        expected: '[IBAN]',
      },
      {
        says: 'a German IBAN is redacted',
        input: 'Mein Konto: DE89 3704 0044 0532 0130 00.',
        expected: 'Mein Konto: [IBAN].',
      },
      {
        says: 'a Belgian IBAN is redacted',
        input: 'BE68 5390 0754 7034 is van mijn moeder',
        expected: '[IBAN] is van mijn moeder',
      },
      {
        says: 'a British IBAN is redacted',
        input: 'GB82 WEST 1234 5698 7654 32',
        expected: '[IBAN]',
      },
      {
        says: 'a French IBAN with a letter in the account part is redacted',
        input: 'FR14 2004 1010 0505 0001 3M02 606',
        expected: '[IBAN]',
      },
      {
        says: 'an IBAN with a wrong checksum is redacted after "rekeningnummer"',
        input: 'mijn rekeningnummer is NL12 ABNA 0123 4567 89',
        expected: 'mijn rekeningnummer is [IBAN]',
      },
      {
        says: 'an IBAN followed by a phone number leaves the phone number to its own placeholder',
        input: 'NL91 ABNA 0417 1643 00 of 06 1234 5678',
        expected: '[IBAN] of [TELEFOON]',
      },
    ])('$says', expectRedaction);

    it.each<Case>([
      {
        says: 'an IBAN look-alike with a wrong checksum and no context stays, digits and all',
        input: 'Code NL12 ABNA 0123 4567 89 staat op de brief',
        expected: 'Code NL12 ABNA 0123 4567 89 staat op de brief',
      },
      {
        says: 'a short product code stays',
        input: 'Formulier AB12 CD is nodig',
        expected: 'Formulier AB12 CD is nodig',
      },
    ])('$says', expectRedaction);
  });

  describe('phone numbers', () => {
    it.each<Case>([
      { says: 'a mobile number with a dash', input: 'Bel 06-12345678', expected: 'Bel [TELEFOON]' },
      { says: 'a mobile number in 2-4-4 groups', input: '06 1234 5678', expected: '[TELEFOON]' },
      { says: 'a mobile number in pairs', input: '06-12 34 56 78', expected: '[TELEFOON]' },
      { says: 'a mobile number with +31', input: '+31 6 12345678', expected: '[TELEFOON]' },
      { says: 'a mobile number with +31 (0)', input: '+31 (0)6 12345678', expected: '[TELEFOON]' },
      { says: 'a mobile number with 0031', input: '0031612345678', expected: '[TELEFOON]' },
      { says: 'a landline with a dash', input: 'tel. 020-1234567', expected: 'tel. [TELEFOON]' },
      { says: 'a landline in groups', input: '010 417 40 00', expected: '[TELEFOON]' },
      {
        says: 'a landline with area code in brackets',
        input: '(020) 123 4567',
        expected: '[TELEFOON]',
      },
      { says: 'a landline with +31', input: '+31 70 2140214', expected: '[TELEFOON]' },
      { says: 'a British number', input: 'UK: +44 20 7946 0958', expected: 'UK: [TELEFOON]' },
      { says: 'a Belgian number', input: '+32 2 123 45 67', expected: '[TELEFOON]' },
      {
        says: 'a mobile number right after a date',
        input: 'Op 1-7-2025 06 12345678 gebeld',
        expected: 'Op 1-7-2025 [TELEFOON] gebeld',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      { says: 'a free 0800 number', input: 'Bel 0800-0543', expected: 'Bel 0800-0543' },
      { says: 'a long 0800 number', input: 'Bel 0800 1234 567', expected: 'Bel 0800 1234 567' },
      { says: 'a paid 0900 number', input: 'of 0900-1234', expected: 'of 0900-1234' },
      {
        says: 'a 088 number of an organisation',
        input: 'UWV: 088-898 92 94',
        expected: 'UWV: 088-898 92 94',
      },
      { says: 'a 088 number with +31', input: '+31 88 1234567', expected: '+31 88 1234567' },
      { says: 'a municipal 14 number', input: 'Bel 14 020', expected: 'Bel 14 020' },
      {
        says: 'a municipal 14 number with four digits',
        input: 'Bel 14 0570',
        expected: 'Bel 14 0570',
      },
      { says: 'the Rijksoverheid number 1400', input: 'Bel 1400', expected: 'Bel 1400' },
      { says: 'the emergency number', input: 'Bel 112', expected: 'Bel 112' },
    ])('$says stays', expectRedaction);
  });

  describe('e-mail addresses', () => {
    it.each<Case>([
      {
        says: 'a plain address',
        input: 'Mail jan.jansen@example.nl',
        expected: 'Mail [E-MAIL]',
      },
      {
        says: 'an address with a plus and subdomains',
        input: 'j.de.vries+belasting@gemeente.amsterdam.nl.',
        expected: '[E-MAIL].',
      },
      { says: 'an upper-case address', input: 'INFO@EXAMPLE.COM', expected: '[E-MAIL]' },
      {
        says: 'an address with digits that look like a phone number',
        input: '0612345678@example.nl',
        expected: '[E-MAIL]',
      },
      { says: 'an address with "(at)"', input: 'piet(at)gmail.com', expected: '[E-MAIL]' },
      {
        says: 'an address with "[at]" and "[dot]"',
        input: 'mail piet [at] gmail [dot] com',
        expected: 'mail [E-MAIL]',
      },
      {
        says: 'an address with spaces around "@"',
        input: 'piet @ gmail.com',
        expected: '[E-MAIL]',
      },
      {
        says: 'an address spelled out with "at" and "dot"',
        input: 'mail me at piet at gmail dot com',
        expected: 'mail me at [E-MAIL]',
      },
      {
        says: 'a mailbox with a dot spelled out at another domain',
        input: 'j.bakker at bakker-bouw dot nl',
        expected: '[E-MAIL]',
      },
      {
        says: 'an address with "(at)", but not the next sentence',
        input: 'piet (at) gmail.com. Ik wacht op antwoord',
        expected: '[E-MAIL]. Ik wacht op antwoord',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      {
        says: 'a website after "look at"',
        input: 'look at example.com',
        expected: 'look at example.com',
      },
      {
        says: 'an ordinary "at" with a spelled-out "dot"',
        input: 'we meet at noon dot com',
        expected: 'we meet at noon dot com',
      },
      {
        says: 'a website spelled out after "look at"',
        input: 'look at google dot com',
        expected: 'look at google dot com',
      },
    ])('$says stays', expectRedaction);
  });

  describe('passport and identity-card numbers', () => {
    it.each<Case>([
      {
        says: 'a passport number after "paspoortnummer"',
        input: 'Mijn paspoortnummer is NW1234567',
        expected: 'Mijn paspoortnummer is [DOCUMENTNUMMER]',
      },
      {
        says: 'a newer number with letters inside',
        input: 'ID-kaart: NWR4K6F71 is verlopen',
        expected: 'ID-kaart: [DOCUMENTNUMMER] is verlopen',
      },
      {
        says: 'a lower-case number after "passport number"',
        input: 'my passport number is nw1234567',
        expected: 'my passport number is [DOCUMENTNUMMER]',
      },
      {
        says: 'a number a few words after "identiteitskaart"',
        input: 'het documentnummer van mijn identiteitskaart is IX12F4GH8',
        expected: 'het documentnummer van mijn identiteitskaart is [DOCUMENTNUMMER]',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      {
        says: 'the same shape without a document',
        input: 'bestelnummer NW1234567',
        expected: 'bestelnummer NW1234567',
      },
      {
        says: 'a shape with the letter O, which documents never use',
        input: 'paspoort NO1234567',
        expected: 'paspoort NO1234567',
      },
      {
        says: 'a word after "paspoort"',
        input: 'paspoort aanvragen',
        expected: 'paspoort aanvragen',
      },
    ])('$says stays', expectRedaction);
  });

  describe('licence plates', () => {
    it.each<Case>([
      {
        says: 'side code 9',
        input: 'mijn kenteken is AB-123-C',
        expected: 'mijn kenteken is [KENTEKEN]',
      },
      {
        says: 'side code 7',
        input: 'auto 12-ABC-3 is gestolen',
        expected: 'auto [KENTEKEN] is gestolen',
      },
      { says: 'side code 8', input: 'boete voor 1-ABC-23', expected: 'boete voor [KENTEKEN]' },
      { says: 'side code 4', input: 'ik verkocht HN-12-BX', expected: 'ik verkocht [KENTEKEN]' },
      { says: 'side code 14', input: 'kenteken 123-BX-4', expected: 'kenteken [KENTEKEN]' },
      {
        says: 'a lower-case plate called a plate',
        input: 'kenteken ab-12-cd',
        expected: 'kenteken [KENTEKEN]',
      },
      {
        says: 'a plate without dashes called a plate',
        input: 'kenteken AB123C',
        expected: 'kenteken [KENTEKEN]',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      { says: 'a lower-case look-alike', input: 'de-12-ab', expected: 'de-12-ab' },
      { says: 'a date', input: '12-05-2024', expected: '12-05-2024' },
      { says: 'a longer code', input: 'model AB-123-CD-4', expected: 'model AB-123-CD-4' },
      {
        says: 'letters and digits without dashes',
        input: 'formulier AB123C',
        expected: 'formulier AB123C',
      },
    ])('$says stays', expectRedaction);
  });

  describe('addresses', () => {
    it.each<Case>([
      { says: 'postcode and house number', input: '1234 AB 12', expected: '[ADRES]' },
      { says: 'postcode, comma and house number', input: '1234AB, 12a', expected: '[ADRES]' },
      { says: 'a postcode alone', input: 'Ik woon in 1234 AB', expected: 'Ik woon in [ADRES]' },
      { says: 'a lower-case postcode', input: 'postcode 1234ab', expected: 'postcode [ADRES]' },
      { says: 'a street and number', input: 'Kerkstraat 12', expected: '[ADRES]' },
      { says: 'a street with a floor', input: 'Lange Voorhout 9-II', expected: '[ADRES]' },
      { says: 'a street with "bis"', input: 'Oudegracht 123bis', expected: '[ADRES]' },
      {
        says: 'a street with a person in its name',
        input: 'Burgemeester van Walsumweg 12',
        expected: '[ADRES]',
      },
      {
        says: 'a lower-case street',
        input: 'ik woon op de kerkstraat 12 in Utrecht',
        expected: 'ik woon op de [ADRES] in Utrecht',
      },
      {
        says: 'a street, postcode and town as one address',
        input: 'Kerkstraat 12, 1234 AB Amsterdam',
        expected: '[ADRES] Amsterdam',
      },
      {
        says: 'a street without a suffix after "adres:"',
        input: 'adres: Voorhout 9',
        expected: 'adres: [ADRES]',
      },
      {
        says: 'a street after "ik woon aan het"',
        input: 'Ik woon aan het Binnenhof 1a',
        expected: 'Ik woon aan het [ADRES]',
      },
      {
        says: 'an English street and a British postcode',
        input: 'I live at 10 Downing Street, London SW1A 2AA',
        expected: 'I live at [ADRES], London [ADRES]',
      },
      { says: 'an English street with a letter', input: '221B Baker St', expected: '[ADRES]' },
      { says: 'a flat in an English street', input: 'Flat 2, 14 Mill Lane', expected: '[ADRES]' },
      {
        says: 'an English avenue of two words',
        input: 'we moved to 5 Long Acre Avenue last year',
        expected: 'we moved to [ADRES] last year',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      { says: 'an article number', input: 'Artikel 12 lid 3', expected: 'Artikel 12 lid 3' },
      {
        says: 'a year after a -markt word',
        input: 'Arbeidsmarkt 2025',
        expected: 'Arbeidsmarkt 2025',
      },
      {
        says: 'a lower-case word ending in -weg',
        input: 'via de snelweg 10 minuten',
        expected: 'via de snelweg 10 minuten',
      },
      { says: 'a file size', input: 'maximaal 1500 MB', expected: 'maximaal 1500 MB' },
      {
        says: 'years and a lower-case word',
        input: 'in 2025 en 2026',
        expected: 'in 2025 en 2026',
      },
      { says: 'a tax box', input: 'Box 3', expected: 'Box 3' },
      {
        says: 'a count of English roads',
        input: 'there are 3 more roads',
        expected: 'there are 3 more roads',
      },
      {
        says: 'a duration in English',
        input: 'It is a 10 minutes walk',
        expected: 'It is a 10 minutes walk',
      },
    ])('$says stays', expectRedaction);
  });

  describe('dates of birth', () => {
    it.each<Case>([
      {
        says: 'a written date after "geboren op"',
        input: 'geboren op 3 mei 1975',
        expected: 'geboren op [GEBOORTEDATUM]',
      },
      {
        says: 'a numeric date after "geboortedatum:"',
        input: 'geboortedatum: 03-05-1975',
        expected: 'geboortedatum: [GEBOORTEDATUM]',
      },
      {
        says: 'an ISO date after "born on"',
        input: 'born on 1975-05-03',
        expected: 'born on [GEBOORTEDATUM]',
      },
      {
        says: 'an English date after "date of birth"',
        input: 'Date of birth: May 3, 1975',
        expected: 'Date of birth: [GEBOORTEDATUM]',
      },
      {
        says: 'a day and month after "mijn verjaardag"',
        input: 'mijn verjaardag is 3 mei',
        expected: 'mijn verjaardag is [GEBOORTEDATUM]',
      },
      {
        says: 'a recent date in a birth context (a child)',
        input: 'Mijn dochter is geboren op 12 februari 2024.',
        expected: 'Mijn dochter is geboren op [GEBOORTEDATUM].',
      },
      {
        says: 'a two-digit year after "geb."',
        input: 'geb. 3-5-75',
        expected: 'geb. [GEBOORTEDATUM]',
      },
      {
        says: 'a full date before 2013 without context',
        input: 'op 12-10-1990 ben ik',
        expected: 'op [GEBOORTEDATUM] ben ik',
      },
      {
        says: 'a slashed date before 2013',
        input: 'sinds 01/02/2003',
        expected: 'sinds [GEBOORTEDATUM]',
      },
      { says: 'a written date before 2013', input: '1 januari 2010', expected: '[GEBOORTEDATUM]' },
      {
        says: 'an English written date before 2013',
        input: 'on 3rd of March 1980',
        expected: 'on [GEBOORTEDATUM]',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      {
        says: 'a day and month without year or context',
        input: 'voor 1 mei',
        expected: 'voor 1 mei',
      },
      {
        says: 'a deadline after 2012',
        input: 'uiterlijk 15 maart 2025',
        expected: 'uiterlijk 15 maart 2025',
      },
      { says: 'a numeric date after 2012', input: 'per 01-01-2026', expected: 'per 01-01-2026' },
      {
        says: 'a historical date',
        input: 'de wet van 3 juni 1850',
        expected: 'de wet van 3 juni 1850',
      },
      { says: 'a number of months', input: '24 maanden', expected: '24 maanden' },
      { says: 'an impossible date', input: 'code 31-13-1999', expected: 'code 31-13-1999' },
    ])('$says stays', expectRedaction);
  });

  describe('names', () => {
    it.each<Case>([
      {
        says: 'a name after "mijn naam is"',
        input: 'Mijn naam is Jan de Vries',
        expected: 'Mijn naam is [NAAM]',
      },
      { says: 'a name after "ik heet"', input: 'ik heet Fatima', expected: 'ik heet [NAAM]' },
      {
        says: 'a first name after "ik ben", up to the next lower-case word',
        input: 'Ik ben Jan en ik woon in Utrecht',
        expected: 'Ik ben [NAAM] en ik woon in Utrecht',
      },
      {
        says: 'an English name after "my name is"',
        input: 'my name is John Smith and I need help',
        expected: 'my name is [NAAM] and I need help',
      },
      {
        says: 'a name after "I am called"',
        input: 'I am called Anna.',
        expected: 'I am called [NAAM].',
      },
      {
        says: 'a name with "van der" after "Naam:"',
        input: 'Naam: Pieter van der Berg.',
        expected: 'Naam: [NAAM].',
      },
      {
        says: 'a name with initials',
        input: 'Mijn naam is J.P. Balkenende',
        expected: 'Mijn naam is [NAAM]',
      },
      {
        says: 'a surname with a capitalised particle',
        input: 'Ik ben De Jong',
        expected: 'Ik ben [NAAM]',
      },
      { says: "a name with in 't", input: "Ik ben Jan in 't Veld", expected: 'Ik ben [NAAM]' },
      {
        says: 'a name under a closing greeting',
        input: 'Met vriendelijke groet,\nJan Jansen',
        expected: 'Met vriendelijke groet,\n[NAAM]',
      },
      {
        says: 'a name after "Kind regards,"',
        input: 'Kind regards, Anna Smith',
        expected: 'Kind regards, [NAAM]',
      },
      {
        says: 'at most three capitalised words',
        input: 'Mijn naam is Anna Maria Sophia Jansen',
        expected: 'Mijn naam is [NAAM] Jansen',
      },
      // People who type everything in lower case give their name that way too.
      {
        says: 'a lower-case name after "mijn naam is"',
        input: 'mijn naam is fatima el amrani',
        expected: 'mijn naam is [NAAM]',
      },
      {
        says: 'a lower-case name, up to where the sentence goes on',
        input: 'Mijn naam is jan de vries en ik heb een vraag',
        expected: 'Mijn naam is [NAAM] en ik heb een vraag',
      },
      {
        says: 'a lower-case surname with its particle first',
        input: 'mijn naam is van dijk',
        expected: 'mijn naam is [NAAM]',
      },
      {
        says: 'a lower-case English name',
        input: 'my name is john smith',
        expected: 'my name is [NAAM]',
      },
      { says: 'a name after "I am"', input: 'I am John Smith', expected: 'I am [NAAM]' },
      {
        says: 'a name after "I\'m"',
        input: "I'm Sarah, I need help",
        expected: "I'm [NAAM], I need help",
      },
      {
        says: "a relative's name",
        input: 'mijn zoon Kevin van Dijk heeft een boete gekregen',
        expected: 'mijn zoon [NAAM] heeft een boete gekregen',
      },
      {
        says: 'a name after mevrouw',
        input: 'Ik heb gebeld met mevrouw Jansen-de Wit van de gemeente',
        expected: 'Ik heb gebeld met mevrouw [NAAM] van de gemeente',
      },
      {
        says: 'a surname with its particle after meneer',
        input: 'meneer de Boer zei dat het goed was',
        expected: 'meneer [NAAM] zei dat het goed was',
      },
      {
        says: 'a full name after "dit is"',
        input: 'Goedemorgen, dit is Truus Bakker, weduwe',
        expected: 'Goedemorgen, dit is [NAAM], weduwe',
      },
      {
        says: "a relative's name in brackets",
        input: 'mijn moeder (Gerda Smit, 84) heeft geen DigiD',
        expected: 'mijn moeder ([NAAM], 84) heeft geen DigiD',
      },
      {
        says: 'a name after "groetjes"',
        input: 'Alvast bedankt. Groetjes, Gerda',
        expected: 'Alvast bedankt. Groetjes, [NAAM]',
      },
      {
        says: "an English relative's name",
        input: 'My wife Sarah needs a residence permit',
        expected: 'My wife [NAAM] needs a residence permit',
      },
      {
        says: 'a name after "mijn vrouw heet"',
        input: 'mijn vrouw heet Maria Jansen en haar bsn is 111 222 333',
        expected: 'mijn vrouw heet [NAAM] en haar bsn is [BSN]',
      },
      {
        says: 'a lower-case name after "mijn man heet"',
        input: 'mijn man heet jan de vries en hij werkt niet',
        expected: 'mijn man heet [NAAM] en hij werkt niet',
      },
      {
        says: 'a name after "zij heet"',
        input: 'zij heet Fatima el Amrani.',
        expected: 'zij heet [NAAM].',
      },
      {
        says: 'a name after "hij heet"',
        input: 'Mijn buurman? Hij heet Piet',
        expected: 'Mijn buurman? Hij heet [NAAM]',
      },
      {
        says: 'the first of two names after "heten"',
        input: 'mijn kinderen heten Tim en Lisa',
        expected: 'mijn kinderen heten [NAAM] en Lisa',
      },
      {
        says: 'a name after "haar naam is"',
        input: 'haar naam is Els',
        expected: 'haar naam is [NAAM]',
      },
      {
        says: 'a name after "de naam van mijn vader is"',
        input: 'de naam van mijn vader is Henk Bos',
        expected: 'de naam van mijn vader is [NAAM]',
      },
      {
        says: 'a name after "my wife\'s name is"',
        input: "my wife's name is Sarah Connor",
        expected: "my wife's name is [NAAM]",
      },
      {
        says: 'a name after "his name is"',
        input: 'his name is John',
        expected: 'his name is [NAAM]',
      },
      {
        says: 'a name after "she is called"',
        input: 'she is called Anna',
        expected: 'she is called [NAAM]',
      },
      {
        says: 'a name after "my son is called"',
        input: 'My son is called Tim and he is 4',
        expected: 'My son is called [NAAM] and he is 4',
      },
    ])('$says is redacted', expectRedaction);

    it.each<Case>([
      {
        says: 'a nationality after "ik ben"',
        input: 'Ik ben Nederlander',
        expected: 'Ik ben Nederlander',
      },
      { says: "a ZZP'er", input: "Ik ben ZZP'er", expected: "Ik ben ZZP'er" },
      {
        says: 'a capitalised role',
        input: 'Ik ben Mantelzorger voor mijn moeder',
        expected: 'Ik ben Mantelzorger voor mijn moeder',
      },
      {
        says: 'a lower-case continuation',
        input: 'Ik ben op zoek naar werk',
        expected: 'Ik ben op zoek naar werk',
      },
      { says: 'an age', input: 'Ik ben 45 jaar', expected: 'Ik ben 45 jaar' },
      { says: '"heet" meaning hot', input: 'ik heet u welkom', expected: 'ik heet u welkom' },
      {
        says: '"heet" welcoming someone',
        input: 'zij heet u welkom',
        expected: 'zij heet u welkom',
      },
      { says: 'what a thing is called', input: 'het heet zo', expected: 'het heet zo' },
      {
        says: 'a question about a name',
        input: 'Hoe heet het formulier?',
        expected: 'Hoe heet het formulier?',
      },
      {
        says: "a remark about a relative's name",
        input: 'mijn vrouw heet anders dan ik',
        expected: 'mijn vrouw heet anders dan ik',
      },
      {
        says: 'a remark about the name',
        input: 'mijn naam is verkeerd gespeld in de brp',
        expected: 'mijn naam is verkeerd gespeld in de brp',
      },
      { says: 'a nationality after "I am"', input: 'I am Dutch', expected: 'I am Dutch' },
      { says: 'a state after "I am"', input: 'I am not sure', expected: 'I am not sure' },
      {
        says: 'greetings from a place',
        input: 'Groeten uit Utrecht',
        expected: 'Groeten uit Utrecht',
      },
      {
        says: 'what a relative is, not who',
        input: 'Mijn moeder Nederlands, mijn man UWV-uitkering, mijn vrouw en ik',
        expected: 'Mijn moeder Nederlands, mijn man UWV-uitkering, mijn vrouw en ik',
      },
      {
        says: 'a single word after "dit is"',
        input: 'Dit is DigiD toch? Dit is Belastingdienst-post',
        expected: 'Dit is DigiD toch? Dit is Belastingdienst-post',
      },
      {
        says: 'a place after the name',
        input: 'Ik ben Jan in Utrecht',
        expected: 'Ik ben [NAAM] in Utrecht',
      },
    ])('$says stays', expectRedaction);
  });

  describe('ordinary text', () => {
    it.each([
      ['an amount', 'Ik moet € 1.234,56 terugbetalen'],
      ['a year', 'In 2025 kreeg ik minder'],
      ['a duration', 'Ik heb 24 maanden gewerkt'],
      ['a service number', 'Ik belde 0800-0543 maar kreeg niemand'],
      ['an article', 'Volgens artikel 12 mag dat niet'],
      ['an article with a colon', 'artikel 6:7 Awb'],
      ['opening hours', 'open van 08:00 tot 17:00 uur, of 09.00-12.00'],
      ['a monthly amount', 'Ik verdien € 2.500 per maand'],
      ['ages of children', 'Mijn kinderen zijn 4, 6 en 12 jaar'],
      ['a deadline', 'Ik moet dit voor 1 mei 2026 doen'],
      ['a question', 'Hoe vraag ik huurtoeslag aan?'],
      ['an English question', 'How do I apply for rent benefit?'],
      ['a percentage and a count', 'Ik werk 80% en heb 3 kinderen'],
    ])('%s stays: "%s"', (_, input) => {
      expect(redact(input)).toEqual({ text: input, kinds: [] });
    });
  });

  describe('mixed messages', () => {
    it.each<{ says: string; input: string; expected: string; kinds: PersonalDataKind[] }>([
      {
        says: 'a name and a BSN are both redacted, kinds in text order',
        input: 'Ik heet Fatima el Amrani en mijn BSN is 123456782.',
        expected: 'Ik heet [NAAM] en mijn BSN is [BSN].',
        kinds: ['name', 'bsn'],
      },
      {
        says: 'an address and a phone number are both redacted',
        input: 'Ik woon op Kerkstraat 12 en ben bereikbaar op 06-12345678.',
        expected: 'Ik woon op [ADRES] en ben bereikbaar op [TELEFOON].',
        kinds: ['address', 'phone'],
      },
      {
        says: 'a birth date and a deadline: only the birth date goes',
        input: 'Ik ben geboren op 3 mei 1975 en moet voor 1 mei 2026 betalen.',
        expected: 'Ik ben geboren op [GEBOORTEDATUM] en moet voor 1 mei 2026 betalen.',
        kinds: ['birthdate'],
      },
      {
        says: 'a service number and a personal number: only the personal one goes',
        input: 'De Belastingdienst (0800-0543) belde mij op 0612345678.',
        expected: 'De Belastingdienst (0800-0543) belde mij op [TELEFOON].',
        kinds: ['phone'],
      },
      {
        says: 'a kind found twice is listed once',
        input: 'Mail a@example.nl of b@example.nl',
        expected: 'Mail [E-MAIL] of [E-MAIL]',
        kinds: ['email'],
      },
    ])('$says', ({ input, expected, kinds }) => {
      expect(redact(input)).toEqual({ text: expected, kinds });
    });

    it('leaves none of the raw values in a message full of personal data', () => {
      const raw = {
        name: 'Jan de Vries',
        bsn: '123456782',
        iban: 'NL91 ABNA 0417 1643 00',
        mobile: '06-12345678',
        landline: '+31 70 2140214',
        email: 'jan.devries@example.nl',
        street: 'Kerkstraat 12',
        postcode: '1234 AB',
        birthdate: '03-05-1975',
      };
      const message =
        `Goedendag, mijn naam is ${raw.name}. Mijn BSN is ${raw.bsn} en mijn IBAN ${raw.iban}. ` +
        `Bel me op ${raw.mobile} of ${raw.landline}, of mail ${raw.email}. ` +
        `Ik woon op ${raw.street}, ${raw.postcode} Utrecht en ben geboren op ${raw.birthdate}. ` +
        'Ik moet voor 1 mei 2026 € 1.234,56 terugbetalen en belde al 0800-0543.';

      const { text, kinds } = redact(message);

      const digitsLeft = text.replace(/\D/g, '');
      for (const value of Object.values(raw)) {
        expect(text).not.toContain(value);
        // Long digit strings must not survive in any spacing either.
        const digits = value.replace(/\D/g, '');
        if (digits.length >= 8) expect(digitsLeft).not.toContain(digits);
      }
      for (const word of ['Jan', 'Vries', 'Kerkstraat', 'ABNA', 'devries']) {
        expect(text).not.toContain(word);
      }
      expect(kinds).toEqual(['name', 'bsn', 'iban', 'phone', 'email', 'address', 'birthdate']);
      // What matters for routing survives.
      expect(text).toContain('1 mei 2026');
      expect(text).toContain('€ 1.234,56');
      expect(text).toContain('0800-0543');
    });
  });
});

describe('containsPersonalData', () => {
  it.each([
    ['a BSN', 'Mijn BSN is 123456782', true],
    ['an e-mail address', 'mail jan@example.nl', true],
    ['a name', 'Mijn naam is Jan', true],
    ['a postcode', '1234 AB', true],
    ['only a question', 'Hoe vraag ik zorgtoeslag aan?', false],
    ['only service numbers', 'Bel 0800-0543 of 14 020', false],
    ['an empty message', '', false],
  ])('%s → %s', (_, input, expected) => {
    expect(containsPersonalData(input as string)).toBe(expected);
  });
});

describe('the phone numbers a person types', () => {
  it.each([
    ['u kunt me bellen op 06-12345678', ['06-12345678']],
    ['bel +31 6 12345678 of 020 1234567', ['+31 6 12345678', '020 1234567']],
    ['het nummer van de belastingtelefoon is 0800-0543', []],
    ['mijn IBAN is NL91 ABNA 0417 1643 00', []],
  ])('%j holds %j', (text, expected) => {
    expect(phoneNumbersIn(text)).toEqual(expected);
  });
});
