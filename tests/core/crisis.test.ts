import { describe, expect, it } from 'vitest';
import {
  decideForCrisis,
  stayWithTheLine,
  withCrisisLines,
  type Crisis,
} from '../../src/core/crisis.js';
import type { RoutingDecision } from '../../src/core/routing/router.js';
import { buildRouter } from '../../src/core-deps.js';
import { testCore } from '../support/app.js';
import { countingCrisisTest } from '../support/counting-crisis.js';

const { crisisIn, router, catalog } = testCore();

describe('crisisIn', () => {
  it.each([
    ['ik wil niet meer leven', 'suicide'],
    ['Ik denk steeds aan zelfmoord', 'suicide'],
    ['ik wil gewoon dood', 'suicide'],
    ['ik zie het allemaal niet meer zitten', 'suicide'],
    ['ik heb zoveel schulden, ik wil er een einde aan maken', 'suicide'],
    ['ik kan niet meer, ik wil hier een einde aan maken', 'suicide'],
    ['Ik heb besloten om hier een einde aan te maken.', 'suicide'],
    ['Ik zie geen andere uitweg meer dan om hier een einde aan te maken', 'suicide'],
    ['Suïcidaal door de toeslagenaffaire', 'suicide'],
    ['I want to end my life', 'suicide'],
    ['soms denk ik dat iedereen beter af is zonder mij', 'suicide'],
    ["I'm scared he will do something to himself", 'suicide'],
    ["I don't want to live anymore", 'suicide'],
    ['My husband is dying at home, he is not breathing', 'emergency'],
    ['my father is dying, please help', 'emergency'],
    ['ik ben gisteren verkracht', 'sexual-violence'],
    ['mijn dochter is op een feest aangerand', 'sexual-violence'],
    ['I was raped last night', 'sexual-violence'],
    ['mijn man slaat mij', 'violence'],
    ['ik word thuis mishandeld', 'violence'],
    ['ik durf niet meer naar huis', 'violence'],
    ['ik ben bang voor mijn ex', 'violence'],
    ['hoe meld ik kindermishandeling?', 'violence'],
    ['my husband hits me', 'violence'],
    ['mijn buurvrouw wordt geslagen, wat kan ik doen?', 'violence'],
    ['hij zegt dat hij mijn nek breekt als ik te laat ben', 'violence'],
    ["my partner won't let me leave the house", 'violence'],
    ['ik doe mezelf wat aan', 'suicide'],
    ['ik heb pillen gespaard', 'suicide'],
    ["I don't want to be alive anymore", 'suicide'],
    ['zelfmoort', 'suicide'],
    ['hij heeft gedreigd mij te vermoorden', 'violence'],
    ['ik ben 14 en mijn ouders slaan mij', 'violence'],
    ['ik word gestalkt door mijn ex', 'violence'],
    ['mijn familie wil mij uithuwelijken', 'violence'],
    ['mijn buurvrouw schreeuwt en ik hoor klappen', 'violence'],
    ['er ligt iemand bewusteloos op straat', 'emergency'],
    ['someone is not breathing', 'emergency'],
    ['mijn buurman ligt op de grond en reageert niet', 'emergency'],
    ['mijn vader is niet aanspreekbaar', 'emergency'],
    ['my neighbour is unresponsive', 'emergency'],
    ['man lying on the street not moving what number', 'emergency'],
    // "is lying on the" was an exception for rubbish, and hid a neighbour on the floor.
    ['my neighbour is lying on the floor and not answering', 'emergency'],
    ['ik voel me onveilig thuis', 'violence'],
    ['I feel unsafe at home', 'violence'],
    // An older person robbed by family is elder abuse, Veilig Thuis's.
    ['mijn moeder van 85 wordt door mijn broer bestolen', 'violence'],
    // A family member who shouts and threatens for money: elder abuse as well.
    [
      'ik ben 78 en mijn dochter schreeuwt tegen me en dreigt me naar een verpleeghuis te laten brengen als ik haar geen geld meer geef',
      'violence',
    ],
    ['my son shouts at me and takes my pension', 'violence'],
    ['mijn moeder is flauwgevallen', 'emergency'],
    ['mijn man is van de trap gevallen en bloedt', 'emergency'],
    ['my friend took too many pills', 'emergency'],
    ['mijn dochter heeft zichzelf gesneden', 'suicide'],
    ['mijn opa is gevallen en beweegt niet meer', 'emergency'],
    ["I lost my job and my visa, I don't see a reason to live anymore", 'suicide'],
    ['ik zie geen reden meer om te leven', 'suicide'],
    ['there is a fire in my building', 'emergency'],
    ['er is brand in mijn flat', 'emergency'],
    ['someone is drowning in the canal', 'emergency'],
    ['I think my neighbour is having a stroke', 'emergency'],
    ['mijn vader heeft pijn op de borst en zweet heel erg', 'emergency'],
    ['mijn kind heeft schoonmaakmiddel gedronken', 'emergency'],
    ['my child swallowed pills', 'emergency'],
    ['car accident in front of my house, people are hurt', 'emergency'],
    ['er wordt nu ingebroken bij de buren', 'emergency'],
    ['a man is lying on the ground and bleeding', 'emergency'],
    ['my boyfriend pushed me down the stairs', 'violence'],
    ['I am afraid to go home because of my father', 'violence'],
    ['my neighbour hits his kids, I can hear it through the wall', 'violence'],
    ['mijn moeder wordt door mijn broer geslagen', 'violence'],
    ['mijn man dreigt mij iets aan te doen', 'violence'],
    ['my ex is following me everywhere', 'violence'],
    ['I was forced to have sex', 'sexual-violence'],
    ['iemand heeft mij betast zonder dat ik het wilde', 'sexual-violence'],
    ['someone touched me without asking at a party', 'sexual-violence'],
    ["I can't go on, I want it all to stop", 'suicide'],
    ['het hoeft voor mij allemaal niet meer', 'suicide'],
    ['ik denk erover om van een brug te springen', 'suicide'],
    ["every night I hear the neighbours' children crying and screaming", 'violence'],
    // Both: thoughts of suicide come first.
    ['mijn man slaat me en ik wil niet meer leven', 'suicide'],
  ])('hears "%s" as %s', (text, kind) => {
    expect(crisisIn(text)?.kind).toBe(kind);
  });

  it.each([
    'de deurwaarder dreigt met beslag op mijn loon',
    'mijn man is overleden, krijg ik een nabestaandenuitkering?',
    'ik wil mijn huurtoeslag stopzetten',
    'het CJIB dreigt de boete te verhogen',
    // "dreigt" is also "is about to": only a family member who threatens *me* is a danger.
    'mijn zoon dreigt te stoppen met zijn studie',
    'mijn dochter dreigt haar baan te verliezen',
    'ik heb geen zin meer in al die formulieren',
    'kan ik blijven zitten in mijn huurwoning na een scheiding?',
    // A death in the family by suicide: a bereaved person, not one in danger.
    'mijn vader heeft zelfmoord gepleegd, krijg ik nabestaandenpensioen?',
    'My brother died by suicide last year, what happens to his debts?',
    'these fines are killing me',
    'mijn gegevens zijn misbruikt door oplichters',
    // A heart attack or stroke in the past is a reason for a benefit, not an emergency now.
    'na zijn hartaanval kan mijn man niet meer werken, krijgt hij een uitkering?',
    'Ik heb een halfjaar geleden een beroerte gehad',
    // Dying at home with care around is no emergency; not breathing still is (below).
    'My husband is dying at home and I need help with the nursing at night',
    'My mother is dying of cancer, can I get care leave?',
    'de verkoper reageert niet meer, kan ik aangifte doen?',
    'de gemeente reageert niet op mijn brief',
    'the website is not responding',
    'my IND application is not moving at all',
    'there is rubbish lying on the street in front of my house for weeks',
    'a dead cat is lying on the road',
    'ik heb te veel pillen voor mijn hoofdpijn, wat doe ik met de rest?',
    'ik ben vorig jaar flauwgevallen in de winkel, mag ik nog autorijden?',
    // Unsafe in the street or the neighbourhood is the police's or the municipality's.
    'ik voel me onveilig in de wijk',
    'I feel unsafe in my neighbourhood',
    // Words of an emergency that tell of something past or of something else.
    'Na de brand in ons huis, waar kunnen we wonen?',
    'I bought a brand new car, do I pay road tax?',
    "I'm drowning in debt, who can help?",
    'Wanneer mag ik weer rijden na een epileptische aanval?',
    'Mijn vader heeft vorig jaar een beroerte gehad, krijgt hij Wlz-zorg?',
    'Landlord entered my apartment without my consent, what can I do?',
    'My boss pushed me to work overtime every week',
    'Ik rook in de tuin, hebben de buren daar last van?',
    'de rook komt van de houtkachel van de buren',
    "I'm fighting with the IND for months",
    'I need a place to live for my family',
    'dan hoef ik ook niet meer te betalen?',
    'I broke my left arm last year, can I get physio?',
    'als de regeling er niet meer is, wat dan?',
    'the rent is a burden to my family',
    'my manager verbally abused me at work',
    'de verhuurder komt zomaar mijn kamer in',
    'Are sleeping tablets reimbursed?',
    // Ending a situation, not a life: "wat kan ik doen om hier een einde aan te maken?" asks for
    // a way out of it.
    'De buren schreeuwen dronken in de tuin. Wat kan ik doen om hier een einde aan te maken?',
    // Violence in the street is the police's: Veilig Thuis is for violence at home.
    'ik ben gisteravond in de stad geslagen door een onbekende',
  ])('hears no crisis in "%s"', (text) => {
    expect(crisisIn(text)).toBeUndefined();
  });

  it('keeps what else the message says, without the crisis words', () => {
    expect(crisisIn('ik heb schulden bij de Belastingdienst en ik wil niet meer leven')?.rest).toBe(
      'ik heb schulden bij de belastingdienst en ik wil',
    );
  });

  it("fills in the crisis line's number from the catalog", () => {
    expect(crisisIn('ik wil dood')?.notice.nl).toContain('0800-0113');
    expect(crisisIn('my husband hits me')?.notice.en).toContain('0800-2000');
    expect(crisisIn('hij is bewusteloos')?.notice.nl).toContain('Bel meteen 112');
  });
});

describe('decideForCrisis', () => {
  const crisis = crisisIn('ik wil niet meer leven') as Crisis;
  const candidate = (agencyId: string, confidence = 0.7) => ({
    agencyId,
    topicId: 'x',
    confidence,
    score: 3,
  });
  const routedTo = (agencyId: string, confidence = 0.7): RoutingDecision => ({
    kind: 'routed',
    best: candidate(agencyId, confidence),
    alternatives: [],
  });
  const none: RoutingDecision = { kind: 'none', alternatives: [] };
  const clarify: RoutingDecision = { kind: 'clarify', alternatives: [] };
  const ownQuestion = routedTo('belastingdienst', 0.95);

  it.each([
    ['keeps a question of its own', routedTo('belastingdienst'), ownQuestion, 'belastingdienst'],
    [
      'goes to the crisis line when the rest asks nothing',
      routedTo('svb'),
      none,
      'zelfmoordpreventie',
    ],
    [
      'goes to the crisis line when the rest is a story, not a question',
      routedTo('uwv'),
      routedTo('uwv', 0.72),
      'zelfmoordpreventie',
    ],
    ['goes to the crisis line when nothing was found', none, ownQuestion, 'zelfmoordpreventie'],
    [
      'goes to the crisis line instead of asking back about nothing',
      clarify,
      clarify,
      'zelfmoordpreventie',
    ],
    [
      'keeps a question back between the rest and another organisation',
      {
        kind: 'clarify',
        alternatives: [candidate('belastingdienst'), candidate('toeslagen')],
      } as RoutingDecision,
      ownQuestion,
      undefined,
    ],
    [
      'goes to the crisis line when the rest alone would go elsewhere',
      routedTo('gemeente'),
      routedTo('uwv', 0.9),
      'zelfmoordpreventie',
    ],
    [
      'does not ask back whether it is the crisis line',
      {
        kind: 'clarify',
        alternatives: [candidate('politie'), candidate('zelfmoordpreventie')],
      } as RoutingDecision,
      ownQuestion,
      'zelfmoordpreventie',
    ],
  ])('%s', (_, decision, rest, agencyId) => {
    const decided = decideForCrisis(decision, crisis, rest);
    expect('best' in decided ? decided.best.agencyId : undefined).toBe(agencyId);
  });
});

describe('stayWithTheLine', () => {
  const line = { agencyId: 'veilig-thuis', topicId: 'huiselijk-geweld' };
  it.each([
    ['a guess about another subject', 'routed', 0.7, 'veilig-thuis'],
    ['a question back', 'clarify', 0, 'veilig-thuis'],
    ['a clear question about something else', 'routed', 0.95, 'ind'],
  ] as const)('keeps the line after %s', (_, kind, confidence, agencyId) => {
    const decision: RoutingDecision =
      kind === 'clarify'
        ? { kind, alternatives: [] }
        : { kind, best: { agencyId: 'ind', topicId: 'x', confidence, score: 1 }, alternatives: [] };
    const stayed = stayWithTheLine(decision, line);
    expect('best' in stayed && stayed.best.agencyId).toBe(agencyId);
  });
});

describe('the router with the crisis lines', () => {
  it.each([
    ['ik wil niet meer leven', 'zelfmoordpreventie'],
    ['ik zie het allemaal niet meer zitten', 'zelfmoordpreventie'],
    ['my daughter wrote in her diary that she wants to die', 'zelfmoordpreventie'],
    ['mijn man slaat mij', 'veilig-thuis'],
    ['my husband hits me', 'veilig-thuis'],
    [
      'ik heb zoveel schulden bij de belastingdienst, ik wil er een einde aan maken',
      'belastingdienst',
    ],
    ['mijn man slaat mij en ik wil een eigen verblijfsvergunning', 'ind'],
    // An emergency comes before anything else the message asks.
    ['Someone collapsed in the library and is not breathing', 'alarmnummer'],
  ])('answers "%s" with %s', (text, agencyId) => {
    const decision = router.route(text, {});
    expect('best' in decision && decision.best.agencyId).toBe(agencyId);
  });

  describe('reads a message once when the caller already did', () => {
    const counting = () => countingCrisisTest(crisisIn);
    const base = buildRouter(catalog, crisisIn.lines);

    it('takes the crisis it is given and reads nothing', () => {
      // A calm question, with a crisis the caller heard elsewhere in the conversation's message.
      const { reads, test } = counting();
      const heard = { ...crisisIn.lineFor('suicide'), rest: '' };
      const decision = withCrisisLines(base, test).route('Hoe vraag ik huurtoeslag aan?', {
        crisis: { heard },
      });
      expect(reads).toEqual([]);
      expect('best' in decision && decision.best.agencyId).toBe('zelfmoordpreventie');
    });

    it('believes "none heard", as the turn does after its own check', () => {
      // Read, this is an emergency (112); believed to be none, the ranking alone answers.
      const { reads, test } = counting();
      const text = 'Someone collapsed in the library and is not breathing';
      const decision = withCrisisLines(base, test).route(text, { crisis: { heard: undefined } });
      expect(reads).toEqual([]);
      expect('best' in decision && decision.best.agencyId).toBe('informatiepunt');
    });

    it('reads the message itself when no crisis is given', () => {
      const { reads, test } = counting();
      const decision = withCrisisLines(base, test).route('mijn man slaat mij', {});
      expect(reads).toEqual(['mijn man slaat mij']);
      expect('best' in decision && decision.best.agencyId).toBe('veilig-thuis');
    });
  });
});

describe('a reply that says the crisis line was not what was meant', () => {
  it.each([
    'nee, ik bedoel de belastingdienst',
    'Nee hoor, het gaat om mijn aanslag',
    'No, I mean the tax office',
    "That is not what I mean, it's about my rent allowance",
  ])('is heard in %j', (reply) => {
    expect(crisisIn.denies(reply)).toBe(true);
  });

  it.each(['ik wil niet meer leven', 'Is dat nodig? nee', 'nooit meer', 'not now'])(
    'is not heard in %j',
    (reply) => {
      expect(crisisIn.denies(reply)).toBe(false);
    },
  );
});
