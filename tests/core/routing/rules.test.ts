import { describe, expect, it } from 'vitest';
import rulesData from '../../../data/routing-rules.json';
import { composeReply } from '../../../src/core/compose.js';
import { chooseContact } from '../../../src/core/contact.js';
import { createRouter } from '../../../src/core/routing/router.js';
import { routingRulesSchema, type RoutingRule } from '../../../src/core/routing/rules.js';
import { testCore, WEDNESDAY_MORNING } from '../../support/app.js';

const { router, catalog, calendar } = testCore();
const { rules } = routingRulesSchema.parse(rulesData);

/**
 * The known confusions between organisations (data/routing-rules.json): each question must reach
 * the right one, and the reply must say why, so the person is not sent on to the wrong desk.
 */
const confusions: [question: string, agency: string, rule: string][] = [
  ['Ik kan mijn huur niet betalen', 'gemeente', 'huur-niet-kunnen-betalen-is-schuldhulp'],
  ["I can't pay my rent this month", 'gemeente', 'huur-niet-kunnen-betalen-is-schuldhulp'],
  [
    'I want to quit my job, what is my notice period?',
    'juridisch-loket',
    'ontslag-is-juridisch-loket',
  ],
  [
    'Wanneer krijg ik de energietoeslag als ik een kamer huur?',
    'gemeente',
    'sociale-dienst-regelingen-zijn-gemeente',
  ],
  [
    'Ik moet mijn Tozo-lening terugbetalen, maar ik heb het geld niet',
    'gemeente',
    'sociale-dienst-regelingen-zijn-gemeente',
  ],
  [
    'Moeten wij de huurachterstand van de overledene betalen?',
    'juridisch-loket',
    'geerfde-schulden-is-juridisch-loket',
  ],
  [
    'Telt mijn volwassen zoon mee voor de kostendelersnorm?',
    'gemeente',
    'kostendelersnorm-is-gemeente',
  ],
  ['Wie betaalt een traplift in mijn huis?', 'gemeente', 'woningaanpassing-is-wmo'],
  [
    'Hoe word ik als werkgever eigenrisicodrager voor de Ziektewet?',
    'uwv',
    'eigenrisicodrager-is-uwv',
  ],
  [
    'Heb ik een omgevingsvergunning nodig voor een kapsalon aan huis?',
    'gemeente',
    'omgevingsvergunning-is-gemeente',
  ],
  [
    'Do I need a building permit for a shed in my garden?',
    'gemeente',
    'omgevingsvergunning-is-gemeente',
  ],
  [
    'Welke zorgaanbieder komt bij mij voor huishoudelijke hulp?',
    'gemeente',
    'huishoudelijke-hulp-is-wmo',
  ],
  [
    'How do I get household help now that I can no longer clean?',
    'gemeente',
    'huishoudelijke-hulp-is-wmo',
  ],
  [
    'Krijg ik mijn vakantiegeld nog als ik al maanden ziek ben?',
    'juridisch-loket',
    'arbeidsvoorwaarden-bij-ziekte-is-juridisch-loket',
  ],
  [
    'Do I still get my bonus when I am off sick?',
    'juridisch-loket',
    'arbeidsvoorwaarden-bij-ziekte-is-juridisch-loket',
  ],
  [
    'Mag mijn werkgever de schade aan de bus inhouden op mijn loon?',
    'juridisch-loket',
    'werkgever-houdt-in-is-juridisch-loket',
  ],
  [
    'My employer deducted the cost of my uniform from my salary',
    'juridisch-loket',
    'werkgever-houdt-in-is-juridisch-loket',
  ],
  [
    'Verandert de kinderalimentatie als mijn ex kinderbijslag krijgt?',
    'juridisch-loket',
    'alimentatie-naast-toeslag-is-juridisch-loket',
  ],
  [
    'Does child benefit change the child support my ex pays?',
    'juridisch-loket',
    'alimentatie-naast-toeslag-is-juridisch-loket',
  ],
  [
    'Mijn oom is overleden en er is geen familie. Wie regelt de begrafenis?',
    'gemeente',
    'uitvaart-regelen-met-de-gemeente',
  ],
  [
    'Kunnen we de begrafenis uitstellen tot de familie uit het buitenland er is?',
    'gemeente',
    'uitvaart-regelen-met-de-gemeente',
  ],
  ['Can we postpone the funeral by a week?', 'gemeente', 'uitvaart-regelen-met-de-gemeente'],
  ['Mijn scooter is weggesleept, waar kan ik hem ophalen?', 'gemeente', 'weggesleept-is-gemeente'],
  ['My car was towed, where can I get it back?', 'gemeente', 'weggesleept-is-gemeente'],
  ['Er wordt ingebroken terwijl ik thuis ben, wat moet ik doen?', 'politie', 'inbraak-is-politie'],
  ['There was a break-in at my home last night', 'politie', 'inbraak-is-politie'],
  [
    'Iemand heeft mijn geparkeerde auto aangereden en is doorgereden',
    'politie',
    'doorgereden-is-politie',
  ],
  ['A cyclist hit me and drove off without stopping', 'politie', 'doorgereden-is-politie'],
  [
    'Ik kan al maanden mijn rekeningen niet meer betalen, wie helpt mij?',
    'gemeente',
    'rekeningen-niet-kunnen-betalen-is-schuldhulp',
  ],
  ["I can't pay my bills anymore", 'gemeente', 'rekeningen-niet-kunnen-betalen-is-schuldhulp'],
  [
    "Ik ben zzp'er en heb sinds maart geen opdrachten meer, wat nu?",
    'gemeente',
    'zelfstandige-zonder-inkomen-is-bbz',
  ],
  ["I'm self-employed and lost my income", 'gemeente', 'zelfstandige-zonder-inkomen-is-bbz'],
  [
    'Ik ben zzp’er en mijn inkomen valt nu weg, wat kan ik doen?',
    'gemeente',
    'zelfstandige-zonder-inkomen-is-bbz',
  ],
  [
    'Mijn gecombineerde aanslag klopt niet, we wonen er nog maar met z’n tweeën',
    'gemeente',
    'gemeentelijke-belastingen-zijn-gemeente',
  ],
  ['Mag mijn Oekraïense buurman hier werken?', 'uwv', 'oekrainers-werken-is-uwv'],
  [
    'My partner is pregnant. How many weeks paternity leave do I get?',
    'rijksoverheid',
    'hoeveel-verlof-is-rijksoverheid',
  ],
  ['Hoeveel weken geboorteverlof krijg ik?', 'rijksoverheid', 'hoeveel-verlof-is-rijksoverheid'],
  [
    'Moet ik bij de belastingdienst zijn om mijn WOZ-waarde te laten verlagen?',
    'gemeente',
    'gemeentelijke-belastingen-zijn-gemeente',
  ],
  [
    'Ik woon alleen, maar ik betaal afvalstoffenheffing voor meer personen',
    'gemeente',
    'gemeentelijke-belastingen-zijn-gemeente',
  ],
  [
    'Hoe kom ik als gastouder in het landelijk register kinderopvang?',
    'gemeente',
    'gastouder-worden-is-gemeente',
  ],
  [
    'Mijn WW stopt volgende maand en ik heb nog geen baan, wat dan?',
    'gemeente',
    'ww-loopt-af-is-bijstand',
  ],
  [
    'Ik hoor bij de buren elke avond geschreeuw en een kind dat huilt',
    'veilig-thuis',
    'kind-in-nood-bij-de-buren-is-veilig-thuis',
  ],
  [
    'De takken van de boom van mijn buurman hangen over mijn tuin',
    'juridisch-loket',
    'boom-van-de-buren-is-juridisch-loket',
  ],
  [
    'Ik heb een verblijfsvergunning asiel. Wie helpt mij met inburgering?',
    'gemeente',
    'inburgering-regelen-is-gemeente',
  ],
  [
    'Mijn vrouw woont in Marokko, hoe kan ze bij mij komen wonen?',
    'ind',
    'partner-naar-nederland-is-ind',
  ],
  [
    'Ik heb een portemonnee gevonden, moet ik die naar de politie brengen?',
    'gemeente',
    'gevonden-voorwerp-is-gemeente',
  ],
  [
    'Mijn vader heeft dag en nacht zorg nodig, hoe komt hij in een verpleeghuis?',
    'ciz',
    'wlz-indicatie-is-ciz',
  ],
  [
    'De dader moet voor de rechter komen. Mag ik als slachtoffer iets zeggen op de zitting?',
    'openbaar-ministerie',
    'slachtoffer-in-strafzaak-is-om',
  ],
  ['Who pays for jeugdzorg for my teenager?', 'gemeente', 'jeugdhulp-is-gemeente'],
  ['Someone broke into our house while we were away', 'politie', 'misdrijf-is-politie'],
  [
    'Ik werd ziek op vakantie, tellen die dagen nog als vakantiedagen?',
    'rijksoverheid',
    'vakantiedagen-bij-ziekte-is-rijksoverheid',
  ],
  [
    'I got sick during my holiday, do I lose those vacation days?',
    'rijksoverheid',
    'vakantiedagen-bij-ziekte-is-rijksoverheid',
  ],
  ['Can I employ Ukrainians in my restaurant?', 'uwv', 'oekrainers-werken-is-uwv'],
  [
    'Mag ik na de scheiding nog hypotheekrenteaftrek hebben?',
    'belastingdienst',
    'hypotheekrenteaftrek-is-belastingdienst',
  ],
  [
    'Mijn moeder gaat naar het verpleeghuis, hoe zit dat financieel?',
    'cak',
    'eigen-bijdrage-wlz-is-cak',
  ],
  [
    'Mijn paspoort is gestolen tijdens de reis door Amerika',
    'rijksoverheid',
    'paspoort-buitenland-is-rijksoverheid',
  ],
  [
    'Mag de politie zomaar mijn tas doorzoeken?',
    'juridisch-loket',
    'bevoegdheden-politie-is-juridisch-loket',
  ],
  [
    'Can the police search my phone after they arrested me?',
    'juridisch-loket',
    'bevoegdheden-politie-is-juridisch-loket',
  ],
  [
    'Mijn verhuurder komt binnen als ik niet thuis ben. Mag dat?',
    'juridisch-loket',
    'verhuurder-komt-binnen-is-juridisch-loket',
  ],
  [
    'Can my landlord enter my flat without asking?',
    'juridisch-loket',
    'verhuurder-komt-binnen-is-juridisch-loket',
  ],
  [
    'Mijn buurman zet zonder overleg een hoge schuur tegen mijn tuin. Mag dat zomaar?',
    'juridisch-loket',
    'ruzie-met-buren-is-juridisch-loket',
  ],
  [
    'My neighbours and I disagree about who owns the hedge between our gardens',
    'juridisch-loket',
    'ruzie-met-buren-is-juridisch-loket',
  ],
  [
    'Mag de buurman het hek op de erfgrens zonder overleg dichtmaken?',
    'juridisch-loket',
    'ruzie-met-buren-is-juridisch-loket',
  ],
  [
    'De nieuwe eigenaar van het weiland wil ons recht van overpad afpakken',
    'juridisch-loket',
    'recht-van-overpad-is-juridisch-loket',
  ],
  [
    'Does an easement stay when the land is sold?',
    'juridisch-loket',
    'recht-van-overpad-is-juridisch-loket',
  ],
  ['Hoe vraag ik kinderbijslag aan?', 'svb', 'kinderbijslag-is-svb'],
  ['er is ingebroken in mijn huis', 'politie', 'misdrijf-is-politie'],
  ['mijn telefoon is gestolen', 'politie', 'misdrijf-is-politie'],
  ['mijn buurman bedreigt mij', 'politie', 'misdrijf-is-politie'],
  [
    'Ik denk dat het kind van de buren mishandeld wordt',
    'veilig-thuis',
    'mishandeld-kind-is-veilig-thuis',
  ],
  [
    'Ik maak me zorgen over mijn oude buurvrouw, ik denk dat ze door haar zoon wordt mishandeld',
    'veilig-thuis',
    'zorgen-over-mishandeling-is-veilig-thuis',
  ],
  ["My neighbour's kids are being beaten", 'veilig-thuis', 'mishandeld-kind-is-veilig-thuis'],
  ['mijn rijbewijs is kwijt', 'gemeente', 'rijbewijs-kwijt-is-gemeente'],
  ['ik heb een brief dat ik uit mijn huis moet', 'gemeente', 'uit-huis-gezet-is-gemeente'],
  ['How can I get a citizen service number?', 'gemeente', 'bsn-krijgen-is-gemeente'],
  ['Bbz aanvragen', 'gemeente', 'bbz-is-gemeente'],
  [
    "I'm self-employed and can't pay my bills, is there income support?",
    'gemeente',
    'zelfstandige-zonder-inkomen-is-gemeente',
  ],
  ['betaald ouderschapsverlof aanvragen', 'uwv', 'betaald-verlof-is-uwv'],
  ['theorie-examen auto reserveren', 'cbr', 'examen-is-cbr'],
  ['ze willen mijn gas en licht afsluiten', 'gemeente', 'afsluiten-van-energie-is-gemeente'],
  [
    'moet ik wel aangifte doen als ik alleen AOW heb',
    'belastingdienst',
    'aangifte-met-aow-of-uitkering-is-belastingdienst',
  ],
  [
    'krijg ik huurtoeslag als ik aow heb',
    'toeslagen',
    'toeslag-naast-aow-of-uitkering-is-toeslagen',
  ],
  [
    'moet ik mijn studieschuld opgeven bij de belastingaangifte',
    'belastingdienst',
    'studieschuld-in-aangifte-is-belastingdienst',
  ],
  [
    'mijn vader is 80 en moet een keuring voor zijn rijbewijs',
    'cbr',
    'keuring-voor-rijbewijs-is-cbr',
  ],
  ['rijbewijs gestolen', 'gemeente', 'rijbewijs-kwijt-is-gemeente'],
  [
    'My residence permit application was rejected, what now?',
    'ind',
    'verblijfsvergunning-afgewezen-is-bezwaar-bij-ind',
  ],
  [
    'Mag ik na mijn scheiding nog in Nederland blijven? Mijn verblijfsvergunning is voor verblijf bij mijn man.',
    'ind',
    'verblijf-na-scheiding-is-ind',
  ],
  [
    'We are getting divorced. Am I still allowed to stay in the Netherlands?',
    'ind',
    'verblijf-na-scheiding-is-ind',
  ],
  [
    'After the divorce / separation, am I still allowed to live in the Netherlands?',
    'ind',
    'verblijf-na-scheiding-is-ind',
  ],
  [
    'De gemeente heeft mijn klacht afgewezen, wie kijkt daar onafhankelijk naar?',
    'ombudsman',
    'klacht-afgewezen-is-ombudsman',
  ],
  [
    'Ik ben bij de balie van het stadhuis slecht geholpen. Hoe kan ik klagen?',
    'gemeente',
    'eerste-klacht-over-gemeente-is-gemeente',
  ],
  [
    'Ik wil een klacht indienen over een politieagent die onbeleefd was',
    'politie',
    'eerste-klacht-over-politie-is-politie',
  ],
  ['How do I complain about a police officer?', 'politie', 'eerste-klacht-over-politie-is-politie'],
  [
    'Wanneer heb ik als werkgever recht op compensatie voor de transitievergoeding?',
    'uwv',
    'compensatie-transitievergoeding-is-uwv',
  ],
  [
    'Ik ben niet tevreden over de afhandeling van mijn klacht door het UWV',
    'ombudsman',
    'klacht-afgewezen-is-ombudsman',
  ],
  ['Heb ik recht op kindgebonden budget?', 'toeslagen', 'kindgebonden-budget-is-toeslagen'],
  ['Hoeveel kinderopvangtoeslag krijg ik?', 'toeslagen', 'kindgebonden-budget-is-toeslagen'],
  ['Moet ik mijn zorgtoeslag doorgeven?', 'toeslagen', 'zorgtoeslag-is-toeslagen'],
  ['What is health insurance allowance?', 'toeslagen', 'zorgtoeslag-is-toeslagen'],
  [
    'Can I get a health insurance subsidy if my income is low?',
    'toeslagen',
    'zorgtoeslag-is-toeslagen',
  ],
  [
    'Ik heb een achterstand met mijn zorgpremie',
    'zorgverzekeraar',
    'premie-achterstand-is-verzekeraar',
  ],
  ['Ik heb al zes maanden mijn premie niet betaald', 'cak', 'wanbetaler-is-cak'],
  ['Ik krijg een acceptgiro van het CJIB voor mijn zorgpremie', 'cjib', 'cak-premie-via-cjib'],
  ['Hoe betaal ik mijn boete in termijnen?', 'cjib', 'boete-niet-kunnen-betalen-is-cjib'],
  ['Hoe betaal ik mijn boete van het CJIB?', 'cjib', 'verkeersboete-betalen-is-cjib'],
  [
    'Ik kreeg een boete omdat ik mijn aangifte te laat deed',
    'belastingdienst',
    'boete-bij-aangifte-is-belastingdienst',
  ],
  ['Ik heb een verkeersboete gekregen', 'cjib', 'verkeersboete-is-cjib'],
  [
    'Ik ben het niet eens met mijn verkeersboete',
    'openbaar-ministerie',
    'verkeersboete-bezwaar-is-om',
  ],
  ['Ik kreeg een boete omdat mijn APK verlopen was', 'cjib', 'apk-boete-is-cjib'],
  ['Waarom is mijn verkeersboete verhoogd?', 'cjib', 'boete-verhoging-is-cjib'],
  // "Ik kan niet betalen" to the CJIB is its payment plan, also when no fine is named.
  [
    'ik heb een brief van het cjib maar ik kan niet betalen',
    'cjib',
    'boete-niet-kunnen-betalen-is-cjib',
  ],
  // A first complaint goes to the organisation itself; the ombudsman comes after it.
  ['What is the UWV complaint procedure?', 'uwv', 'eerste-klacht-over-uwv-is-uwv'],
  ['ik wil een klacht indienen over de IND', 'ind', 'eerste-klacht-over-ind-is-ind'],
  ['Hoe dien ik een klacht in bij de SVB?', 'svb', 'eerste-klacht-over-svb-is-svb'],
  ['I want to complain about DUO', 'duo', 'eerste-klacht-over-duo-is-duo'],
  [
    'klacht over de belastingdienst',
    'belastingdienst',
    'eerste-klacht-over-belastingdienst-is-belastingdienst',
  ],
  ['ik wil klagen over Dienst Toeslagen', 'toeslagen', 'eerste-klacht-over-toeslagen-is-toeslagen'],
  ['Waar kan ik een klacht indienen over het CJIB?', 'cjib', 'eerste-klacht-over-cjib-is-cjib'],
  ['klacht over het CAK', 'cak', 'eerste-klacht-over-cak-is-cak'],
  ['I have a complaint about the RDW', 'rdw', 'eerste-klacht-over-rdw-is-rdw'],
  ['ik wil een klacht indienen over de KVK', 'kvk', 'eerste-klacht-over-kvk-is-kvk'],
  ['complaint about RVO', 'rvo', 'eerste-klacht-over-rvo-is-rvo'],
  ['klacht over het Kadaster', 'kadaster', 'eerste-klacht-over-kadaster-is-kadaster'],
  ['ik wil een klacht indienen over digid', 'digid', 'eerste-klacht-over-digid-is-digid'],
  ['klacht over het CIZ', 'ciz', 'eerste-klacht-over-ciz-is-ciz'],
  ['ik wil klagen over de gemeente', 'gemeente', 'eerste-klacht-over-de-gemeente-is-gemeente'],
  [
    'I want to file a complaint about the municipality',
    'gemeente',
    'eerste-klacht-over-de-gemeente-is-gemeente',
  ],
  // Complained already: the ombudsman, however it is said.
  [
    'ik heb geklaagd bij de gemeente maar ze doen niks',
    'ombudsman',
    'klacht-niet-behandeld-is-ombudsman',
  ],
  [
    'klacht over de huurcommissie',
    'huurcommissie',
    'eerste-klacht-over-huurcommissie-is-huurcommissie',
  ],
  // Nuisance is the municipality's mediation first; a question about one's rights, the JL's.
  [
    'Burenoverlast: zelf naar de rechter?',
    'juridisch-loket',
    'rechten-bij-overlast-is-juridisch-loket',
  ],
  [
    'ik maak me zorgen om de kinderen van de buren er word veel geschreeuwd en gehuild',
    'veilig-thuis',
    'kind-in-nood-bij-de-buren-is-veilig-thuis',
  ],
  // From 75 a licence is renewed only after the CBR's medical check: at any older age too.
  ['Rijbewijs verlengen bij 90 jaar?', 'cbr', 'keuring-voor-rijbewijs-is-cbr'],
  // A stated age decides by itself, with or without "jaar".
  ['mijn rijbewijs is verlopen, ik ben 80 jaar', 'cbr', 'rijbewijs-vanaf-75-is-cbr'],
  // A fine that grows unpaid is the CJIB's, also for parking; a plain parking ticket is not.
  ['my parking fine was doubled', 'cjib', 'boete-verhoging-is-cjib'],
  ['parkeerbon verhoogd', 'cjib', 'boete-verhoging-is-cjib'],
  // Not having driven is an objection to the fine itself, which the OM decides.
  ['I got a fine but I was not the driver', 'openbaar-ministerie', 'verkeersboete-bezwaar-is-om'],
  [
    'ik kreeg een boete maar ik was niet de bestuurder',
    'openbaar-ministerie',
    'verkeersboete-bezwaar-is-om',
  ],
  ['Hoe vraag ik een persoonsgebonden budget aan?', 'gemeente', 'pgb-aanvragen-is-gemeente'],
  ['Mijn AOW is te laag omdat ik pas later naar Nederland kwam', 'svb', 'aio-is-svb'],
  ['Can I apply for a pgb for my daughter?', 'gemeente', 'pgb-aanvragen-is-gemeente'],
  [
    'Does my employer have to pay me when I am sick?',
    'juridisch-loket',
    'ziek-met-werkgever-is-juridisch-loket',
  ],
  [
    'I got an allowance from the Tax Authorities, do I have to pay it back?',
    'toeslagen',
    'toeslag-van-belastingdienst-is-toeslagen',
  ],
  [
    'De politie heeft mijn rijbewijs ingevorderd, wanneer krijg ik het terug?',
    'openbaar-ministerie',
    'rijbewijs-ingevorderd-is-om',
  ],
  ['Mijn rijbewijs is verlopen, hoe verleng ik het?', 'rdw', 'rijbewijs-verlengen-is-rdw'],
  ['Ik word 75 jaar, hoe verleng ik mijn rijbewijs?', 'cbr', 'keuring-voor-rijbewijs-is-cbr'],
  // "Portugal" is a member of the lexicon's "buitenland" group, which the rule names as @buitenland.
  [
    'Ik woon in Portugal. Hoe kom ik aan een nieuw Nederlands rijbewijs?',
    'rdw',
    'rijbewijs-vanuit-buitenland-is-rdw',
  ],
  ['Waar haal ik mijn eerste rijbewijs op?', 'gemeente', 'rijbewijs-ophalen-is-gemeente'],
  ['Hoe wissel ik mijn buitenlandse rijbewijs om?', 'gemeente', 'rijbewijs-omwisselen-is-gemeente'],
  // The 30 % ruling is the condition, not the subject: the licence is exchanged at the municipality.
  [
    'I have an American driving license and the 30% ruling. Can I swap it for a Dutch license?',
    'gemeente',
    'rijbewijs-omwisselen-is-gemeente',
  ],
  ['Ik wil naturalisatie aanvragen', 'gemeente', 'naturalisatie-aanvragen-is-gemeente'],
  [
    'Hoe lang duurt de beslissing over mijn naturalisatie?',
    'ind',
    'naturalisatie-beslissing-is-ind',
  ],
  ['Hoe vraag ik huishoudelijke hulp aan via de Wmo?', 'gemeente', 'wmo-aanvragen-is-gemeente'],
  ['Waarom betaal ik een eigen bijdrage voor de Wmo?', 'cak', 'eigen-bijdrage-wmo-is-cak'],
  [
    'I get support at home from the municipality under the WMO. Do I have to pay towards it, and who calculates how much?',
    'cak',
    'eigen-bijdrage-wmo-is-cak',
  ],
  [
    'Mijn vader gaat naar een verpleeghuis. Hoeveel moet hij daar zelf aan meebetalen?',
    'cak',
    'eigen-bijdrage-wlz-is-cak',
  ],
  // Without a word for long-term care, the CAK's own contribution is the Wmo's, by far the common one.
  ['Wanneer stopt de eigen bijdrage bij het CAK?', 'cak', 'eigen-bijdrage-bij-cak-is-wmo'],
  ['Hoe hoog is de eigen bijdrage maximaal?', 'cak', 'eigen-bijdrage-bij-cak-is-wmo'],
  ['Hoe vraag ik een Wlz-indicatie aan voor mijn moeder?', 'ciz', 'wlz-indicatie-is-ciz'],
  [
    'My mother can no longer live alone. Who decides whether she can be admitted to a nursing home?',
    'ciz',
    'wlz-indicatie-is-ciz',
  ],
  ['Krijg ik een toeslag op mijn WW-uitkering?', 'uwv', 'toeslag-op-uitkering-is-uwv'],
  ['Hoe een toeslag aan te vragen?', 'toeslagen', 'toeslag-aanvragen-is-toeslagen'],
  ['ik heb geen eten meer voor mijn kinderen', 'gemeente', 'geen-eten-is-gemeente'],
  ['machtiging? wat is dat', 'digid', 'machtigen-is-digid'],
  [
    'aanslag waterschap klopt niet wie moet ik bellen',
    'gemeente',
    'waterschapsbelasting-is-gemeentelijke-belastingen',
  ],
  ['mijn dochter kan het voor mij doen? mag dat', 'digid', 'machtigen-is-digid'],
  ['Can my son act on my behalf?', 'digid', 'machtigen-is-digid'],
  // Whoever did it for the person is the subject, not where that person lives now.
  [
    'ik heb geen digid. mijn zoon deed dat altijd maar die woont nu in australie',
    'digid',
    'machtigen-is-digid',
  ],
  [
    'ik kan niet lezen, wat staat er in deze brief?',
    'informatiepunt',
    'niet-kunnen-lezen-is-informatiepunt',
  ],
  ['Hoe vraag ik de AIO-aanvulling aan?', 'svb', 'aio-is-svb'],
  ['Ik heb AOW, kan ik ook bijstand krijgen?', 'svb', 'bijstand-met-aow-is-svb'],
  [
    'ik ben 84 en mijn man is overleden, wat moet ik nu regelen',
    'svb',
    'partner-overleden-na-aow-leeftijd-is-aow',
  ],
  ["I'm 80 and my wife passed away", 'svb', 'partner-overleden-na-aow-leeftijd-is-aow'],
  [
    'ik ben vierentachtig en mijn man is overleden',
    'svb',
    'partner-overleden-na-aow-leeftijd-is-aow',
  ],
  // A time word ("2 maanden geleden") once sent this to the IND's permits.
  ['mijn man is 2 maanden geleden overleden', 'svb', 'partner-overleden-is-svb'],
  ['mijn vrouw is 2 weken geleden overleden', 'svb', 'partner-overleden-is-svb'],
  // A parent's death: what to arrange starts at the municipality, not the CAK's care bill.
  ['mijn moeder is gisteren overleden', 'gemeente', 'overlijden-in-de-familie-is-gemeente'],
  ['Ik moet mijn zorgtoeslag terugbetalen', 'toeslagen', 'toeslag-terugbetalen-is-terugvordering'],
  [
    'I have to pay back my healthcare allowance',
    'toeslagen',
    'toeslag-terugbetalen-is-terugvordering',
  ],
  [
    'ik wil bezwaar maken tegen mijn aanslag',
    'belastingdienst',
    'bezwaar-tegen-aanslag-is-belastingdienst',
  ],
  ['Ik heb schulden en kom niet rond', 'gemeente', 'schulden-is-gemeente'],
  [
    'De deurwaarder staat voor de deur, ik heb schulden bij de belastingdienst en het CJIB',
    'gemeente',
    'schulden-bij-meerdere-is-gemeente',
  ],
  [
    'Ik heb een achterstand bij de energie en de huur en nu ook de zorgverzekering. Ik kan niet alle drie betalen.',
    'gemeente',
    'schulden-bij-meerdere-schuldeisers-is-gemeente',
  ],
  [
    'elke dag een nieuwe brief. belasting, cjib, zorgverzekering, energie. allemaal aanmaning',
    'gemeente',
    'schulden-bij-meerdere-schuldeisers-is-gemeente',
  ],
  [
    "I'm behind on my rent and I have debts with my health insurance",
    'gemeente',
    'schulden-bij-meerdere-schuldeisers-is-gemeente',
  ],
  ['Wat gebeurt er als u schulden erft?', 'juridisch-loket', 'geerfde-schulden-is-juridisch-loket'],
  [
    'Mag ik belastingvrij bijverdienen naast AOW?',
    'belastingdienst',
    'belastingvrij-bijverdienen-is-belastingdienst',
  ],
  [
    'ik heb brief van belasting, ik moet veel geld betalen, ik kan niet betalen',
    'belastingdienst',
    'belasting-niet-kunnen-betalen-is-belastingdienst',
  ],
  [
    'Ik kreeg een brief dat ik niet verzekerd ben, maar ik heb wel een zorgverzekering',
    'cak',
    'brief-niet-verzekerd-is-cak',
  ],
  ['ik wil hulp in huis', 'gemeente', 'wmo-aanvragen-is-gemeente'],
  ['I need help at home, I can no longer clean the house', 'gemeente', 'wmo-aanvragen-is-gemeente'],
  ['ik heb geen zorgverzekering', 'zorgverzekeraar', 'geen-zorgverzekering-is-verzekeraar'],
  // What follows from staying uninsured is the CAK's: its letters and fines.
  [
    'What if I do not take out health insurance as a student?',
    'cak',
    'geen-zorgverzekering-gevolgen-is-cak',
  ],
  ['Wat als ik geen zorgverzekering afsluit?', 'cak', 'geen-zorgverzekering-gevolgen-is-cak'],
  // How high fines are is set by the OM (its Boetebase); paying one's own fine is the CJIB's.
  [
    'Hoe hoog is de boete voor bellen achter het stuur?',
    'openbaar-ministerie',
    'hoogte-verkeersboete-is-om',
  ],
  [
    'How much is the fine for running a red light?',
    'openbaar-ministerie',
    'hoogte-verkeersboete-is-om',
  ],
  [
    'Hoe lang duurt het voordat de rechter beslist over mijn rijbewijs?',
    'openbaar-ministerie',
    'rijbewijs-ingevorderd-is-om',
  ],
  ['ik slaap op straat', 'gemeente', 'geen-huis-is-gemeente-opvang'],
  ['ik heb geen huis meer', 'gemeente', 'geen-huis-is-gemeente-opvang'],
  ['ik heb al 8 maanden mijn zorgverzekering niet betaald', 'cak', 'wanbetaler-is-cak'],
  [
    'mijn aow is te weinig ik kan niet rondkomen moet ik naar de gemeente voor bijstand',
    'svb',
    'aio-is-svb',
  ],
  ['Mijn vader is overleden, hij had AOW. Wat nu?', 'svb', 'aow-na-overlijden-is-svb'],
  // Help at home with dementia starts at the municipality, not with involuntary admission.
  ['mijn man heeft dementie, waar krijg ik hulp?', 'gemeente', 'hulp-bij-dementie-is-wmo'],
  [
    'mijn man is dementerend en ik kan het niet meer alleen',
    'gemeente',
    'hulp-bij-dementie-is-wmo',
  ],
  // The age the person states outranks the rule that ignores it (renewing at the RDW).
  ['ik ben 76 en mijn rijbewijs is verlopen', 'cbr', 'rijbewijs-vanaf-75-is-cbr'],
  ['I am 78, how do I renew my driving licence?', 'cbr', 'rijbewijs-vanaf-75-is-cbr'],
  ['My mother died last week, she had a Dutch state pension', 'svb', 'aow-na-overlijden-is-svb'],
  ['ik word gepest op mijn werk', 'juridisch-loket', 'gepest-op-werk-is-juridisch-loket'],
  ['How do I get my Dutch pension when I move abroad?', 'svb', 'aow-in-het-buitenland-is-svb'],
  [
    'Heeft mijn werkgever vakantiegeld betaald als ik een tijdelijk contract heb?',
    'rijksoverheid',
    'vakantiegeld-van-werk-is-rijksoverheid',
  ],
  [
    'Mijn werkgever heeft mijn vakantiegeld nog steeds niet betaald',
    'juridisch-loket',
    'vakantiegeld-niet-gekregen-is-juridisch-loket',
  ],
  ['My e-bike was stolen from the station last night', 'politie', 'gestolen-voertuig-is-politie'],
  // Beside the general paying rule, the one that names the topic decides it: a payment plan.
  [
    'Ik kan mijn verkeersboete niet in één keer betalen',
    'cjib',
    'boete-niet-kunnen-betalen-is-cjib',
  ],
  [
    'Kan ik mijn zoon onterven in mijn testament?',
    'juridisch-loket',
    'testament-is-juridisch-loket',
  ],
  [
    'The bailiff says my salary will be attached, is that allowed?',
    'juridisch-loket',
    'beslag-in-het-engels-is-juridisch-loket',
  ],
  ['Ik heb een parkeerbon gekregen', 'gemeente', 'parkeerbon-is-gemeente'],
  [
    'Bezwaar tegen een boete, ik had via de parkeerapp in de verkeerde zone betaald voor parkeren',
    'gemeente',
    'niet-betaald-parkeren-is-gemeente',
  ],
  [
    'Ik wil aangifte doen van diefstal van mijn fiets',
    'politie',
    'aangifte-van-een-misdrijf-is-politie',
  ],
  ['How do I report a burglary?', 'politie', 'aangifte-van-een-misdrijf-is-politie'],
  [
    'Mijn paspoort is gestolen, moet ik eerst aangifte doen bij de politie?',
    'gemeente',
    'paspoort-kwijt-of-gestolen-is-gemeente',
  ],
  ['I lost my ID card, what do I do?', 'gemeente', 'paspoort-kwijt-of-gestolen-is-gemeente'],
  [
    'Ik ben geslaagd voor mijn rijexamen, hoe krijg ik mijn rijbewijs?',
    'gemeente',
    'geslaagd-voor-rijexamen-is-gemeente',
  ],
  [
    'Ik heb een leaseauto op naam van de zaak. Krijg ik een bewonersvergunning?',
    'gemeente',
    'parkeervergunning-is-gemeente',
  ],
  [
    'Ik heb nog geen elektrische auto, mag ik al een laadpaal aanvragen?',
    'gemeente',
    'parkeervergunning-is-gemeente',
  ],
  [
    'ik heb 2 werkgevers gehad, moet ik aangifte doen',
    'belastingdienst',
    'aangifte-over-inkomen-is-belastingdienst',
  ],
  ['mijn moeder moet naar een verpleeghuis', 'ciz', 'wlz-indicatie-is-ciz'],
  [
    'mijn zoon zit vast op het politiebureau',
    'juridisch-loket',
    'familielid-aangehouden-is-advocaat',
  ],
  ['My son has been arrested, what now?', 'juridisch-loket', 'familielid-aangehouden-is-advocaat'],
  [
    'ik ben mijn paspoort kwijt en ik ga over 2 weken op vakantie',
    'gemeente',
    'paspoort-kwijt-of-gestolen-is-gemeente',
  ],
  [
    'mijn zoon van 17 wil gaan werken, moet hij belasting betalen?',
    'belastingdienst',
    'bijbaan-kind-belasting-is-aangifte',
  ],
  [
    'ik krijg een boete van het cjib maar ik heb de auto al verkocht',
    'openbaar-ministerie',
    'boete-na-verkoop-auto-is-om',
  ],
  [
    'mijn vader is 90 en kan niet meer zelf zijn geldzaken doen',
    'juridisch-loket',
    'geldzaken-niet-meer-zelf-is-bewind',
  ],
  [
    'My mother can no longer manage her finances',
    'juridisch-loket',
    'geldzaken-niet-meer-zelf-is-bewind',
  ],
  [
    'mijn dochter van 18 krijgt een brief over zorgverzekering',
    'zorgverzekeraar',
    'zorgverzekering-vanaf-18-is-zorgverzekeraar',
  ],
  [
    'My son turned 18, does he need his own health insurance?',
    'zorgverzekeraar',
    'zorgverzekering-vanaf-18-is-zorgverzekeraar',
  ],
  [
    'ik heb brief van gemeente moet betalen 300 euro voor afval maar ik heb geen geld',
    'gemeente',
    'afvalrekening-is-gemeentelijke-belastingen',
  ],
  [
    'Kan er een invalidenparkeerplaats voor mijn deur komen op mijn eigen kenteken?',
    'gemeente',
    'gehandicaptenparkeerkaart-is-gemeente',
  ],
  [
    'How do I get a disabled parking permit for my car?',
    'gemeente',
    'gehandicaptenparkeerkaart-is-gemeente',
  ],
  ['Mag mijn werkgever mij ontslaan?', 'juridisch-loket', 'ontslag-is-juridisch-loket'],
  ['Mijn werkgever is failliet, heb ik recht op loon?', 'uwv', 'werkgever-failliet-is-uwv'],
  [
    'I was dismissed because my employer went bankrupt. Who pays my last salary?',
    'uwv',
    'werkgever-failliet-is-uwv',
  ],
  [
    'Ik woon in het buitenland en mijn paspoort is verlopen',
    'rijksoverheid',
    'paspoort-buitenland-is-rijksoverheid',
  ],
  [
    'De gemeente reageert al maanden niet op mijn klacht',
    'ombudsman',
    'klacht-niet-behandeld-is-ombudsman',
  ],
  [
    'Ik ben niet handig met de computer. Is er iemand in de buurt die mij helpt met mijn huurtoeslag?',
    'informatiepunt',
    'hulp-in-de-buurt-is-informatiepunt',
  ],
  [
    'Wat heeft het kabinet besloten over de huurtoeslag van volgend jaar?',
    'rijksoverheid',
    'wat-verandert-is-rijksoverheid',
  ],
  ['ik heb een aanmaning van het cjib maar ik had al betaald', 'cjib', 'boete-al-betaald-is-cjib'],
  ['I already paid the fine but got a reminder', 'cjib', 'boete-al-betaald-is-cjib'],
  [
    'ik heb een voorlopige aanslag gekregen maar ik snap niet waarom ik moet betalen',
    'belastingdienst',
    'voorlopige-aanslag-aanpassen-is-belastingdienst',
  ],
  [
    'Why did I get a provisional assessment?',
    'belastingdienst',
    'voorlopige-aanslag-aanpassen-is-belastingdienst',
  ],
  ['mag ik reizen als ik wacht op mijn verlenging', 'ind', 'reizen-tijdens-verlenging-is-ind'],
  [
    'Can I travel while my residence permit extension is pending?',
    'ind',
    'reizen-tijdens-verlenging-is-ind',
  ],
  ['ik wil mijn achternaam veranderen', 'juridisch-loket', 'naam-veranderen-is-justis-of-rechter'],
  ['I want to change my first name', 'juridisch-loket', 'naam-veranderen-is-justis-of-rechter'],
  // Letting someone else do the tax return is DigiD Machtigen; asking the tax office for its own
  // authorisation stays with the tax office.
  ['hoe kan ik iemand machtigen voor mijn belastingaangifte', 'digid', 'machtigen-is-digid'],
  ['Can my son do my tax return on my behalf?', 'digid', 'machtigen-is-digid'],
  [
    'ik heb een verblijfsvergunning asiel gekregen, waar moet ik nu heen',
    'gemeente',
    'statushouder-wat-nu-is-gemeente',
  ],
  [
    'hello, I just arrived in the Netherlands from Syria with a status',
    'gemeente',
    'statushouder-wat-nu-is-gemeente',
  ],
  ['ik kom elke maand tekort', 'gemeente', 'geld-tekort-is-gemeente'],
  ['I have no money', 'gemeente', 'geld-tekort-is-gemeente'],
  ['ik heb nog maar 20 euro voor de hele week', 'gemeente', 'paar-euro-over-is-gemeente'],
  ['I only have 10 euros left for the week', 'gemeente', 'paar-euro-over-is-gemeente'],
  ['ik moet een digid aanvragen maar ik heb geen bsn', 'gemeente', 'digid-zonder-bsn-is-gemeente'],
  ["I don't have a BSN, how do I get DigiD?", 'gemeente', 'digid-zonder-bsn-is-gemeente'],
  [
    'mijn verhuurder wil niet dat ik me inschrijf',
    'gemeente',
    'inschrijven-en-verhuurder-is-gemeente',
  ],
  [
    "I need to register at the municipality but I don't have a rental contract",
    'gemeente',
    'inschrijven-en-verhuurder-is-gemeente',
  ],
  ["my neighbour's dog barks all day", 'gemeente', 'blaffende-hond-is-overlast'],
  ['de hond van de buren blaft de hele dag', 'gemeente', 'blaffende-hond-is-overlast'],
  ['mn kind heeft adhd en moet hulp', 'gemeente', 'kind-met-adhd-is-jeugdhulp'],
  ['My son has autism, where can we get help?', 'gemeente', 'kind-met-adhd-is-jeugdhulp'],
  [
    'ik ben zwanger en heb geen verzekering',
    'zorgverzekeraar',
    'geen-zorgverzekering-is-verzekeraar',
  ],
  [
    'mijn moeder is 90 en krijgt brieven die ze niet begrijpt',
    'informatiepunt',
    'brieven-niet-begrijpen-is-informatiepunt',
  ],
  [
    'my father no longer understands his letters',
    'informatiepunt',
    'brieven-niet-begrijpen-is-informatiepunt',
  ],
  ['ik werk via een uitzendbureau en ben ziek geworden', 'uwv', 'uitzendkracht-ziek-is-ziektewet'],
  ['I work through a temp agency and got sick', 'uwv', 'uitzendkracht-ziek-is-ziektewet'],
  [
    'mijn kind gaat naar de middelbare school, krijg ik hulp voor de kosten',
    'gemeente',
    'schoolkosten-laag-inkomen-is-gemeente',
  ],
  [
    'can I get help with school costs for my son',
    'gemeente',
    'schoolkosten-laag-inkomen-is-gemeente',
  ],
  ['mijn dochter van 16 wil werken, mag dat', 'rijksoverheid', 'kind-mag-werken-is-rijksoverheid'],
  ['mijn rijbewijs verloopt volgende maand', 'rdw', 'rijbewijs-verlengen-is-rdw'],
  [
    'hoe vraag ik bijzondere bijstand aan voor een wasmachine',
    'gemeente',
    'bijzondere-bijstand-is-gemeente',
  ],
  ['kan ik geld krijgen voor een nieuwe koelkast', 'gemeente', 'bijzondere-bijstand-is-gemeente'],
  ['ik moet naar de rechter wat nu', 'juridisch-loket', 'naar-de-rechter-is-juridisch-loket'],
  ['ik heb een brief van de rechtbank', 'juridisch-loket', 'naar-de-rechter-is-juridisch-loket'],
  ['I have to go to court', 'juridisch-loket', 'naar-de-rechter-is-juridisch-loket'],
  ['my driving licence expires in May', 'rdw', 'rijbewijs-verlengen-is-rdw'],
  [
    'ik heb een baan gevonden, wat moet ik doorgeven aan het uwv',
    'uwv',
    'werk-gevonden-met-ww-is-uwv',
  ],
  [
    'I found a new job, do I need to tell the UWV about my WW?',
    'uwv',
    'werk-gevonden-met-ww-is-uwv',
  ],
  ['my son is 14, can he get a summer job', 'rijksoverheid', 'kind-mag-werken-is-rijksoverheid'],
  ['ik wil een uitkering want ik ben ziek', 'uwv', 'uitkering-omdat-ziek-is-ziektewet'],
  ['I am ill, which benefit can I get?', 'uwv', 'uitkering-omdat-ziek-is-ziektewet'],
  ['waar moet ik mijn afval scheiden?', 'gemeente', 'afval-scheiden-is-gemeente'],
  ['how do I separate waste?', 'gemeente', 'afval-scheiden-is-gemeente'],
  [
    'Ik ben gescheiden en zit zonder inkomen. Waar kan ik aankloppen voor geld om van te leven?',
    'gemeente',
    'geld-om-van-te-leven-is-bijstand',
  ],
  ['I have nothing to live on', 'gemeente', 'geld-om-van-te-leven-is-bijstand'],
];

/** Rules that fire together on purpose, so that the person is asked which of the two is meant. */
const askingRules = [
  'terugbetalen-aan-de-belasting-is-belasting-of-toeslag',
  'terugbetalen-aan-de-belasting-kan-een-toeslag-zijn',
  'verkeerd-inkomen-bij-de-belasting-is-aangifte',
  'verkeerd-inkomen-bij-de-belasting-kan-een-toeslag-zijn',
];

/**
 * An intent rule (take a complaint further, help in person, a coming change) says which
 * organisation the person needs now; the subject's own rule steps aside.
 */
const intentsOverSubjects: [question: string, agency: string, subjectRule: string][] = [
  [
    'Ik heb over mijn kinderopvangtoeslag geklaagd, maar er gebeurt niks. Wie kijkt hier onafhankelijk naar?',
    'ombudsman',
    'kindgebonden-budget-is-toeslagen',
  ],
  [
    'Ik wil mijn verkeersboete betalen maar ik kom niet uit de website. Kan iemand in de buurt mij helpen?',
    'informatiepunt',
    'verkeersboete-betalen-is-cjib',
  ],
  [
    'Ik las dat het kabinet de zorgtoeslag volgend jaar gaat verhogen. Klopt dat?',
    'rijksoverheid',
    'zorgtoeslag-is-toeslagen',
  ],
];

describe('known confusions between organisations', () => {
  it.each(confusions)('%j goes to %s (%s), with the why', (question, agency, ruleId) => {
    const decision = router.route(question);
    expect(decision.kind).toBe('routed');
    if (decision.kind !== 'routed') return;
    expect(decision.best.agencyId).toBe(agency);
    expect(decision.rule?.id).toBe(ruleId);
    const contact = chooseContact(catalog, calendar, {
      agencyId: agency,
      topicId: decision.best.topicId,
      now: WEDNESDAY_MORNING,
      locale: 'nl',
    });
    expect(composeReply(catalog, decision, contact, 'nl')).toContain(decision.rule?.why.nl);
  });

  it.each(intentsOverSubjects)(
    '%j goes to %s: the intent decides over %s',
    (question, agency, subjectRule) => {
      const decision = router.route(question);
      expect(decision.kind).toBe('routed');
      if (decision.kind !== 'routed') return;
      expect(decision.best.agencyId).toBe(agency);
      expect(decision.rule?.intent).toBe(true);
      expect(decision.rule?.id).not.toBe(subjectRule);
    },
  );

  it.each([
    // A change without a government or the news behind it is the paying organisation's.
    ['Gaat de AOW volgend jaar omhoog?', 'svb'],
    // Help nearby with a subject and no trouble online is the subject's organisation.
    ['Is er een UWV-kantoor in de buurt waar ik langs kan over mijn WW?', 'uwv'],
    // "Klachten" are also symptoms: worse health after a refusal is no complaint to escalate.
    [
      'Mijn WIA-uitkering is een half jaar geleden afgewezen, maar mijn klachten zijn nu veel erger geworden. Kan ik alsnog een uitkering krijgen?',
      'uwv',
    ],
    ['Mijn rugklachten duren al jaren en de Ziektewet is afgewezen. Wat nu?', 'uwv'],
  ])('%j still goes to %s: no intent rule fires', (question, agency) => {
    const decision = router.route(question);
    expect('best' in decision && decision.best.agencyId).toBe(agency);
    expect('rule' in decision && decision.rule?.intent).not.toBe(true);
  });

  it.each([
    ['ik ben 45 en mijn man is overleden', 'anw'],
    ['mijn man is overleden, wat moet ik regelen', 'anw'],
    // Someone else's age, or a death outside the marriage, says nothing about one's own AOW.
    ['mijn vader van 84 is overleden, mijn moeder is weduwe', 'anw'],
  ])(
    '%j stays with the SVB topic %s: the age rule needs the person at AOW age',
    (question, topic) => {
      const decision = router.route(question);
      expect('best' in decision && decision.best.topicId).toBe(topic);
    },
  );

  it.each([
    // An employer asking to dismiss someone needs UWV's permit, not advice for the employee.
    ['How does an employer apply for a dismissal permit?', 'uwv'],
    ['Als werkgever wil ik iemand ontslaan wegens reorganisatie', 'uwv'],
    ['Ik ben werkgever en mijn werknemer is al twee jaar ziek, kan ik hem ontslaan?', 'uwv'],
    // One's own business going under is a question for the entrepreneurs' desk, not for UWV.
    ['Mijn eigen bedrijf gaat failliet, wat moet ik doen?', 'kvk'],
    ['My business is going bankrupt, where can I get advice?', 'kvk'],
  ])("%j goes to %s: no employee's rule fires", (question, agency) => {
    const decision = router.route(question);
    expect('best' in decision && decision.best.agencyId).toBe(agency);
    expect('rule' in decision && decision.rule?.agency).not.toBe('juridisch-loket');
    expect('rule' in decision && decision.rule?.id).not.toBe('werkgever-failliet-is-uwv');
  });

  it.each([
    [
      'I have a business license from abroad, can I convert it?',
      'rijbewijs-omwisselen-is-gemeente',
    ],
    ['Mijn aannemer is failliet en het werk aan mijn huis ligt stil', 'werkgever-failliet-is-uwv'],
    ['Mijn klacht over de buren is niet opgelost', 'klacht-niet-behandeld-is-ombudsman'],
    // Paying out a pgb is the SVB's: the care provider's pay, declarations, the budget holder.
    ['Ik krijg mijn pgb niet uitbetaald', 'pgb-aanvragen-is-gemeente'],
    ['When do I get a payment from my pgb?', 'pgb-aanvragen-is-gemeente'],
    // Long-term care (Wlz) is applied for at the care office, a tax deduction is a tax question.
    ['Ik heb een CIZ-indicatie, hoe vraag ik een pgb aan?', 'pgb-aanvragen-is-gemeente'],
    ['Can I get a pgb for long-term care for my father?', 'pgb-aanvragen-is-gemeente'],
    ['Do I get a tax deduction for the pgb I receive?', 'pgb-aanvragen-is-gemeente'],
    // A stolen bank card is blocked by the bank first (an answer outside the catalog).
    ['What if I have lost my credit card or had it stolen?', 'misdrijf-is-politie'],
    ['My debit card was stolen from my car', 'gestolen-voertuig-is-politie'],
    ['My employer made me sign the contract against my will', 'testament-is-juridisch-loket'],
    ['Hoe hoog is mijn boete van het CJIB?', 'hoogte-verkeersboete-is-om'],
    ['Mijn boete is verhoogd, hoe hoog is die nu?', 'hoogte-verkeersboete-is-om'],
    ['How much is the fine for failing the civic integration exam?', 'hoogte-verkeersboete-is-om'],
    // Getting insured is the insurer's; only what follows from staying uninsured is the CAK's.
    [
      'Ik heb geen zorgverzekering, hoe sluit ik er een af?',
      'geen-zorgverzekering-gevolgen-is-cak',
    ],
    // The own contribution for a lawyer, medicines or long-term care is not the Wmo's.
    ['Hoe hoog is de eigen bijdrage voor een advocaat?', 'eigen-bijdrage-bij-cak-is-wmo'],
    ['Moet ik een eigen bijdrage betalen voor medicijnen?', 'eigen-bijdrage-bij-cak-is-wmo'],
    ['Wat is de eigen bijdrage in het verzorgingstehuis?', 'eigen-bijdrage-bij-cak-is-wmo'],
    // A viewing before the rent ends, or the rent itself, is not about entering one's home.
    [
      'Mag de verhuurder met kijkers binnenkomen voor een bezichtiging?',
      'verhuurder-komt-binnen-is-juridisch-loket',
    ],
    [
      'Can my landlord enter my flat and raise the rent increase?',
      'verhuurder-komt-binnen-is-juridisch-loket',
    ],
    // Who draws the boundary is the Kadaster's; a threat is the police's; a permit the municipality's.
    [
      'Mijn buurman en ik zijn het oneens: wie kan de grens officieel aanwijzen?',
      'ruzie-met-buren-is-juridisch-loket',
    ],
    [
      'Mijn buurman bedreigt mij na een ruzie over de schutting',
      'ruzie-met-buren-is-juridisch-loket',
    ],
    [
      'Mag mijn buurman zonder vergunning een dakkapel bouwen?',
      'ruzie-met-buren-is-juridisch-loket',
    ],
    // Where a right of way is recorded is the Kadaster's.
    [
      'Waar kan ik de akte met ons recht van overpad opvragen?',
      'recht-van-overpad-is-juridisch-loket',
    ],
    [
      'Is the right of way registered at the land registry?',
      'recht-van-overpad-is-juridisch-loket',
    ],
    // Reporting a crime, or a fine, stays with the police, the CJIB or the OM.
    [
      'Mijn auto is doorzocht en gestolen, hoe doe ik aangifte bij de politie?',
      'bevoegdheden-politie-is-juridisch-loket',
    ],
    [
      'De politie heeft mij aangehouden en een boete gegeven',
      'bevoegdheden-politie-is-juridisch-loket',
    ],
    // Sickness benefit is UWV's; wage tax the Belastingdienst's; alimony as income the Toeslagen's.
    [
      'Ik zit in de Ziektewet, krijg ik vakantiegeld van UWV?',
      'arbeidsvoorwaarden-bij-ziekte-is-juridisch-loket',
    ],
    ['Mijn werkgever houdt te veel loonheffing in', 'werkgever-houdt-in-is-juridisch-loket'],
    [
      'Telt alimentatie mee als inkomen voor de huurtoeslag?',
      'alimentatie-naast-toeslag-is-juridisch-loket',
    ],
    [
      'Heb ik recht op kindgebonden budget als ik alimentatie krijg?',
      'alimentatie-naast-toeslag-is-juridisch-loket',
    ],
    // A funeral insurance, a breakdown on the motorway, preventing a burglary: not these rules.
    [
      'Betaalt mijn uitvaartverzekering als niemand de begrafenis regelt?',
      'uitvaart-regelen-met-de-gemeente',
    ],
    ['Mijn auto kreeg pech op de snelweg en werd weggesleept', 'weggesleept-is-gemeente'],
    ['Hoe kan ik inbraak in mijn huis voorkomen?', 'inbraak-is-politie'],
    // What household help costs is the CAK's to collect.
    ['Wat kost huishoudelijke hulp per uur aan eigen bijdrage?', 'huishoudelijke-hulp-is-wmo'],
    ['Why did I get a bill for my household help?', 'huishoudelijke-hulp-is-wmo'],
    // The cost-sharing rule for the state pension is the SVB's; a stairlift's own contribution the CAK's.
    ['Geldt de kostendelersnorm ook voor mijn AOW?', 'kostendelersnorm-is-gemeente'],
    ['Hoe hoog is de eigen bijdrage voor een traplift?', 'woningaanpassing-is-wmo'],
    // The ISDE is RVO's subsidy; the Tozo in a tax return is the Belastingdienst's.
    [
      'Hoe vraag ik de ISDE-subsidie aan voor mijn warmtepomp?',
      'sociale-dienst-regelingen-zijn-gemeente',
    ],
    [
      'Moet ik mijn Tozo opgeven in mijn aangifte inkomstenbelasting?',
      'sociale-dienst-regelingen-zijn-gemeente',
    ],
    // Benefit after resigning is UWV's.
    ['Can I get unemployment benefit if I resign?', 'ontslag-is-juridisch-loket'],
    // Withholding rent over repairs is a tenant's right (Juridisch Loket); rent allowance is Toeslagen's.
    [
      'Mag ik de huur niet betalen tot de verhuurder de schimmel repareert?',
      'huur-niet-kunnen-betalen-is-schuldhulp',
    ],
    [
      'Ik kan de huur niet betalen, krijg ik huurtoeslag?',
      'huur-niet-kunnen-betalen-is-schuldhulp',
    ],
    // Driving on with a broken light, or a licence seized after an accident: not a hit-and-run.
    ['Mag ik doorrijden met een kapotte koplamp?', 'doorgereden-is-politie'],
    [
      'Mijn rijbewijs ingevorderd na een ongeluk waarbij ik ben doorgereden',
      'doorgereden-is-politie',
    ],
    // A bill of the CAK or the tax office has its own payment arrangement; an AOV is insurance.
    [
      'Ik kan de rekeningen van het CAK niet betalen',
      'rekeningen-niet-kunnen-betalen-is-schuldhulp',
    ],
    [
      'Ik ben zzp’er zonder inkomen door ziekte, heb ik een aov nodig?',
      'zelfstandige-zonder-inkomen-is-bbz',
    ],
    // Care costs abroad are the insurer's; a dispute with the employer is the Juridisch Loket's.
    [
      'Ik werd ziek op vakantie in Spanje, betaalt mijn zorgverzekering de dokter?',
      'vakantiedagen-bij-ziekte-is-rijksoverheid',
    ],
    [
      'Ik was een jaar ziek en nu zegt mijn werkgever dat ik geen vakantiedagen heb opgebouwd',
      'vakantiedagen-bij-ziekte-is-rijksoverheid',
    ],
    // Compensation the offender must pay is collected by the CJIB; the benefits scandal's victims are Toeslagen's.
    [
      'De rechter zegt dat ik het slachtoffer schadevergoeding moet betalen, hoe gaat dat?',
      'slachtoffer-in-strafzaak-is-om',
    ],
    [
      'Ik ben slachtoffer van de toeslagenaffaire, wanneer beslist de rechter over mijn zaak?',
      'slachtoffer-in-strafzaak-is-om',
    ],
    // The WOZ value in the rent points is the rent tribunal's; in the tax return, the Belastingdienst's.
    [
      'Telt de WOZ-waarde mee in de punten voor mijn huurprijs?',
      'gemeentelijke-belastingen-zijn-gemeente',
    ],
    [
      'Hoe geef ik de WOZ-waarde op voor het eigenwoningforfait?',
      'gemeentelijke-belastingen-zijn-gemeente',
    ],
    ['Hoeveel kinderopvangtoeslag krijg ik bij een gastouder?', 'gastouder-worden-is-gemeente'],
    [
      'Mijn WW stopt omdat ik een nieuwe baan heb, moet ik iets doorgeven?',
      'ww-loopt-af-is-bijstand',
    ],
    [
      'De kinderen van de buren schreeuwen de hele dag in de tuin, wat een overlast',
      'kind-in-nood-bij-de-buren-is-veilig-thuis',
    ],
    ['Mag ik de boom van mijn buurman laten kappen?', 'boom-van-de-buren-is-juridisch-loket'],
    ['Wanneer moet ik mijn inburgeringsexamen bij DUO doen?', 'inburgering-regelen-is-gemeente'],
    [
      'Mijn vriendin komt bij mij wonen, wat moet ik doorgeven voor de huurtoeslag?',
      'partner-naar-nederland-is-ind',
    ],
    ['Ik heb mijn gestolen fiets teruggevonden, wat nu?', 'gevonden-voorwerp-is-gemeente'],
    ['My landlord says my tenant has not paid the rent', 'huur-niet-kunnen-betalen-is-schuldhulp'],
    // The money for paid leave is UWV's.
    [
      'Hoeveel weken betaald ouderschapsverlof krijg ik van UWV?',
      'hoeveel-verlof-is-rijksoverheid',
    ],
    // Care for Ukrainians and a host family are not about work.
    ['Werkt de zorg voor Oekraïners via de huisarts?', 'oekrainers-werken-is-uwv'],
    ['Krijgt ons gastgezin geld voor de Oekraïners die bij ons wonen?', 'oekrainers-werken-is-uwv'],
    // What happens to an allowance after a dismissal is the allowance's question.
    ['Wat gebeurt er met mijn huurtoeslag als ik ontslagen word?', 'ontslag-is-juridisch-loket'],
    // A stolen passport and a trip tomorrow: the municipality's emergency passport.
    [
      'My passport was stolen and I need to travel tomorrow',
      'paspoort-buitenland-is-rijksoverheid',
    ],
    // A bankrupt employer's unpaid wages and holiday allowance are paid by UWV.
    [
      'Mijn werkgever is failliet en heeft mijn vakantiegeld niet betaald',
      'vakantiegeld-niet-gekregen-is-juridisch-loket',
    ],
    // One creditor, however many words for it; or an insurer that does not pay a bill.
    [
      'Nu een aanmaning plus invorderingsrente voor de voorlopige aanslag van de belasting',
      'schulden-bij-meerdere-schuldeisers-is-gemeente',
    ],
    [
      'klacht over mijn zorgverzekering: ze willen de rekening van het ziekenhuis niet betalen',
      'schulden-bij-meerdere-schuldeisers-is-gemeente',
    ],
    // Premium arrears at the insurer that the CAK now collects are one debt, with its own rule.
    [
      'ik moet meer premie betalen aan het CAK. Ik had een achterstand bij mijn zorgverzekering',
      'schulden-bij-meerdere-schuldeisers-is-gemeente',
    ],
    [
      'Ik heb een achterstand met mijn studieschuld bij DUO, hoe kan ik mijn studielening aflossen?',
      'schulden-bij-meerdere-schuldeisers-is-gemeente',
    ],
    // A complaint the police already handled goes further, to the ombudsman.
    [
      'Ik ben niet tevreden over hoe de politie mijn klacht heeft behandeld',
      'eerste-klacht-over-politie-is-politie',
    ],
    // Where a BSN goes on a form, or a question that merely mentions one, is no request for one.
    ['waar moet ik mijn bsn invullen op het formulier voor zorgtoeslag', 'bsn-krijgen-is-gemeente'],
    ['Ik heb een vraag over mijn zorgtoeslag en mijn BSN', 'bsn-krijgen-is-gemeente'],
    // The payment itself, on dismissal, is a question for legal advice, not for the UWV.
    ['Wat is een transitievergoeding?', 'compensatie-transitievergoeding-is-uwv'],
    // Money the CJIB took from an account for a fine is the CJIB's to explain, not an objection.
    [
      'Ik ben het er niet mee eens dat het CJIB geld van mijn rekening heeft afgeschreven voor mijn verkeersboete',
      'verkeersboete-bezwaar-is-om',
    ],
  ])('%j does not fire %s: it is about something else', (question, ruleId) => {
    const decision = router.route(question);
    expect('rule' in decision && decision.rule?.id).not.toBe(ruleId);
  });

  it('has a test question for every rule', () => {
    const tested = new Set([
      ...confusions.map(([, , rule]) => rule),
      ...askingRules,
      ...followUps.map(([, , , rule]) => rule),
    ]);
    expect(rules.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each([
    ['Ik ben mijn paspoort kwijt en ik ga volgende week op vakantie'],
    ['Ik ga volgende week naar Spanje en mijn paspoort is verlopen'],
    ["I'm going on holiday next month and my ID card expired"],
  ])(
    'sends %j to the municipality: the holiday is still to come, the person is at home',
    (question) => {
      const decision = router.route(question);
      expect('best' in decision && decision.best.agencyId).toBe('gemeente');
    },
  );

  it.each([
    [
      'ik heb een brief van de belastingdienst dat ik moet terugbetalen',
      'betalen-en-schulden',
      'terugbetalen',
    ],
    [
      'hallo ik heb een brief gehad van de belastingdinst dat ik moet terug betalen',
      'betalen-en-schulden',
      'terugbetalen',
    ],
    // The ranking sees only the tax office here; the rule for the allowance asks all the same.
    ['de belastingdienst zegt dat ik te veel heb gekregen', 'betalen-en-schulden', 'terugbetalen'],
    [
      'ik heb per ongeluk het verkeerde inkomen opgegeven bij de belasting',
      'aangifte-inkomstenbelasting',
      'wijzigingen-doorgeven',
    ],
  ])(
    'asks whether %j is about tax or a benefit: the Benefits Office writes as the Belastingdienst too',
    (question, taxTopic, allowanceTopic) => {
      const decision = router.route(question);
      expect(decision.kind).toBe('clarify');
      expect(decision.alternatives.map((c) => `${c.agencyId}/${c.topicId}`)).toEqual([
        `belastingdienst/${taxTopic}`,
        `toeslagen/${allowanceTopic}`,
      ]);
    },
  );

  it.each([
    ['ik heb een verkeerd inkomen in mijn aangifte gezet', 'belastingdienst'],
    ['ik heb bij toeslagen het verkeerde inkomen opgegeven', 'toeslagen'],
  ])('sends %j, which says whether it was tax or an allowance, to %s', (question, agency) => {
    expect(router.route(question)).toMatchObject({ kind: 'routed', best: { agencyId: agency } });
  });

  it.each([
    ['De belastingdienst wil dat ik mijn zorgtoeslag terugbetaal', 'toeslagen'],
    ['Ik moet van de belastingdienst mijn voorlopige aanslag terugbetalen', 'belastingdienst'],
  ])('sends %j to %s when it names which', (question, agency) => {
    const decision = router.route(question);
    expect('best' in decision && decision.best.agencyId).toBe(agency);
  });

  it.each([
    ['Hoe doe ik aangifte inkomstenbelasting?', 'belastingdienst'],
    ['Ik ben te laat met mijn aangifte, krijg ik een boete?', 'belastingdienst'],
    ['Mijn paspoort is gestolen op vakantie in Spanje', 'rijksoverheid'],
    ['mijn man is overleden, wat gebeurt er met mijn huurtoeslag', 'toeslagen'],
    ['mijn moeder is overleden, moet ik erfbelasting betalen?', 'belastingdienst'],
    ['mijn vader is overleden, wat gebeurt er met zijn AOW?', 'svb'],
    // "mot" is how many write "moet", not the British car test.
    ['ik mot belasting betalen maar heb geen geld', 'belastingdienst'],
  ])(
    'keeps %j with %s: the subject of the question decides, not a look-alike cue',
    (question, agency) => {
      const decision = router.route(question);
      expect('best' in decision && decision.best.agencyId).toBe(agency);
    },
  );

  it.each([
    ['We are divorced and both live in the Netherlands. How do we arrange custody?'],
    ['My parents are divorced and I live in the Netherlands. Can I get student finance?'],
    ['After the divorce, am I allowed to stay in our house?'],
    ['Na mijn scheiding wil ik hier blijven wonen, krijg ik bijstand?'],
    ['How does waste separation work when you live in the Netherlands?'],
    ['We separated and I live in the Netherlands with our son. How much child support do I pay?'],
  ])('does not send %j to the IND: a divorce without a word of residence status', (question) => {
    const decision = router.route(question);
    expect('best' in decision && decision.best.agencyId).not.toBe('ind');
  });

  it('does not read the "benefit" of "rent benefit" as a second benefit beside it', () => {
    const decision = router.route('can I get rent benefit as a student', {}, 'en');
    expect(decision).toMatchObject({ kind: 'routed', best: { agencyId: 'toeslagen' } });
    expect(decision.kind === 'routed' && decision.rule?.id).not.toBe(
      'toeslag-naast-aow-of-uitkering-is-toeslagen',
    );
  });

  it.each([
    'I sent a complaint to the municipality, they said it was not a complaint, who can help?',
    'ik heb al een klacht gestuurd naar de gemeente maar ik ben niet tevreden',
  ])('keeps %j, a complaint already made, from the first-complaint rule', (question) => {
    const decision = router.route(question);
    expect(decision.kind === 'routed' && decision.rule?.id).not.toBe(
      'eerste-klacht-over-de-gemeente-is-gemeente',
    );
    expect(decision.kind === 'routed' && decision.best.agencyId).toBe('ombudsman');
  });

  it('does not let a cue decide when the question is about something else', () => {
    // "schuld" in "premieschuld" is no call for the municipality's debt help.
    expect(router.route('Wat te doen bij een premieschuld?').kind).not.toBe('clarify');
    const decision = router.route('Ik heb een studieschuld bij DUO');
    expect('best' in decision && decision.best.agencyId).toBe('duo');
  });
});

/** The same confusions in follow-up form: the question leans on the conversation's subject. */
const followUps: [
  question: string,
  context: { agencyId: string; topicId: string },
  agency: string,
  rule: string,
][] = [
  [
    'ik ga over 2 weken op vakantie',
    { agencyId: 'gemeente', topicId: 'paspoort-id-kaart' },
    'gemeente',
    'na-paspoort-op-reis-is-spoed',
  ],
  [
    'kan die boete weg?',
    { agencyId: 'belastingdienst', topicId: 'aangifte-inkomstenbelasting' },
    'belastingdienst',
    'na-aangifte-boete-is-belastingdienst',
  ],
  [
    'wat moet ik allemaal regelen',
    { agencyId: 'svb', topicId: 'overlijden-aow' },
    'rijksoverheid',
    'na-overlijden-wat-regelen-is-1400',
  ],
  [
    'krijg ik nu minder aow?',
    { agencyId: 'svb', topicId: 'overlijden-aow' },
    'svb',
    'na-overlijden-aow-is-overlijden-aow',
  ],
  [
    'kan ik ondertussen op vakantie?',
    { agencyId: 'ind', topicId: 'verblijfsvergunning' },
    'ind',
    'na-ind-reizen-is-terugkeervisum',
  ],
  [
    'can I travel in the meantime?',
    { agencyId: 'ind', topicId: 'aanvraag-en-afspraak' },
    'ind',
    'na-ind-reizen-is-terugkeervisum',
  ],
  [
    'ik heb in Marokko gewoond',
    { agencyId: 'svb', topicId: 'aow' },
    'svb',
    'na-aow-in-het-buitenland-gewoond-is-aow',
  ],
  [
    'I lived in Turkey for ten years',
    { agencyId: 'svb', topicId: 'aow' },
    'svb',
    'na-aow-in-het-buitenland-gewoond-is-aow',
  ],
  [
    'hij heeft geen inkomen',
    { agencyId: 'zorgverzekeraar', topicId: 'verzekering-afsluiten' },
    'toeslagen',
    'na-zorgverzekering-laag-inkomen-is-zorgtoeslag',
  ],
  [
    'ik verdien weinig, is het eigen risico dan lager?',
    { agencyId: 'zorgverzekeraar', topicId: 'eigen-risico' },
    'toeslagen',
    'na-zorgverzekering-laag-inkomen-is-zorgtoeslag',
  ],
  [
    'ik ben verhuisd en nu krijg ik minder',
    { agencyId: 'toeslagen', topicId: 'huurtoeslag' },
    'toeslagen',
    'na-toeslag-verhuizen-is-wijziging',
  ],
  [
    'I moved last month, what do I need to do?',
    { agencyId: 'toeslagen', topicId: 'zorgtoeslag' },
    'toeslagen',
    'na-toeslag-verhuizen-is-wijziging',
  ],
  [
    'ik woon in het buitenland',
    { agencyId: 'digid', topicId: 'digid-aanvragen' },
    'digid',
    'na-digid-in-het-buitenland-is-digid-buitenland',
  ],
  [
    'En als ik hem in termijnen wil betalen?',
    { agencyId: 'openbaar-ministerie', topicId: 'beroep-verkeersboete' },
    'cjib',
    'na-bezwaar-betalen-is-cjib',
  ],
  [
    'En als ik het er niet mee eens ben?',
    { agencyId: 'cjib', topicId: 'verkeersboete-betalen' },
    'openbaar-ministerie',
    'na-betalen-bezwaar-is-om',
  ],
  [
    'En waar dien ik de aanvraag in?',
    { agencyId: 'ind', topicId: 'naturalisatie' },
    'gemeente',
    'na-ind-naturalisatie-aanvragen-is-gemeente',
  ],
  [
    'Wie neemt de beslissing?',
    { agencyId: 'gemeente', topicId: 'naturalisatie' },
    'ind',
    'na-gemeente-naturalisatie-beslissing-is-ind',
  ],
  [
    'En waar kan ik hem ophalen?',
    { agencyId: 'rdw', topicId: 'rijbewijs-verlengen' },
    'gemeente',
    'na-verlengen-rijbewijs-ophalen-is-gemeente',
  ],
  [
    'Wie stuurt mij de rekening?',
    { agencyId: 'gemeente', topicId: 'wmo' },
    'cak',
    'na-wmo-eigen-bijdrage-is-cak',
  ],
  // At 75 a licence needs the CBR's health declaration first; "the doctor" is that check.
  [
    'ik ben 76',
    { agencyId: 'rdw', topicId: 'rijbewijs-verlengen' },
    'cbr',
    'na-rijbewijs-leeftijd-75-is-cbr',
  ],
  [
    'moet ik naar de dokter?',
    { agencyId: 'rdw', topicId: 'rijbewijs-verlengen' },
    'cbr',
    'na-rijbewijs-dokter-is-cbr',
  ],
  [
    'moet ik naar de dokter?',
    { agencyId: 'cbr', topicId: 'gezondheidsverklaring' },
    'cbr',
    'na-rijbewijs-dokter-is-cbr',
  ],
  [
    'krijg ik nu minder AOW?',
    { agencyId: 'svb', topicId: 'anw' },
    'svb',
    'na-overlijden-aow-is-overlijden-aow',
  ],
  [
    'ik heb een nieuwe telefoon',
    { agencyId: 'digid', topicId: 'inloggen-lukt-niet' },
    'digid',
    'na-digid-nieuwe-telefoon-is-app',
  ],
  [
    'zij heeft alleen AOW',
    { agencyId: 'cak', topicId: 'eigen-bijdrage-wlz' },
    'cak',
    'na-wlz-bijdrage-laag-inkomen-is-cak',
  ],
  [
    'ik heb alleen AOW',
    { agencyId: 'gemeente', topicId: 'wmo' },
    'cak',
    'na-wmo-bijdrage-laag-inkomen-is-cak',
  ],
  [
    'wat kost dat?',
    { agencyId: 'ciz', topicId: 'wlz-indicatie' },
    'cak',
    'na-wlz-indicatie-kosten-is-cak',
  ],
];

describe('known confusions in a follow-up', () => {
  it.each(followUps)('after %j about %o goes to %s (%s)', (question, context, agency, rule) => {
    const decision = router.route(question, context);
    expect(decision.kind).toBe('routed');
    if (decision.kind !== 'routed') return;
    expect(decision.best.agencyId).toBe(agency);
    expect(decision.rule?.id).toBe(rule);
  });

  it.each(followUps)(
    'does not fire %j without that conversation',
    (question, _context, _agency, rule) => {
      const decision = router.route(question, {});
      expect(decision.kind === 'routed' ? decision.rule?.id : undefined).not.toBe(rule);
    },
  );
});

describe('a rule cue that names a synonym group', () => {
  const rule = (cue: string): RoutingRule => ({
    id: 'rijbewijs-over-de-grens',
    all: [['rijbewijs'], [cue]],
    none: [],
    agency: 'rdw',
    intent: false,
    why: { nl: 'Uitleg.', en: 'Why.' },
  });
  const lexicon = (cue: string) => ({
    stopwords: { nl: ['ik', 'in', 'hoe', 'mijn'], en: [] },
    synonyms: [['buitenland', 'abroad', 'thailand']],
    rules: [rule(cue)],
  });

  it('fires on any member of the group ("@buitenland" hears "Thailand")', () => {
    const decision = createRouter(catalog, lexicon('@buitenland')).route(
      'Ik woon in Thailand, hoe verleng ik mijn rijbewijs?',
    );
    expect('rule' in decision && decision.rule?.id).toBe('rijbewijs-over-de-grens');
  });

  it('stops the build when no group holds the word', () => {
    expect(() => createRouter(catalog, lexicon('@ruimtevaart'))).toThrow(
      /rijbewijs-over-de-grens: no synonym group holds @ruimtevaart/,
    );
  });
});

describe('a rule cue that names a cue list of the rules file', () => {
  const file = (cue: string) => ({
    cues: { 'licence-exchange': ['omwisselen', 'foreign licence'] },
    rules: [
      {
        id: 'rijbewijs-omwisselen',
        all: [['rijbewijs'], [cue]],
        none: [cue],
        agency: 'gemeente',
        why: { nl: 'Uitleg.', en: 'Why.' },
      },
    ],
  });

  it('stands for every cue of the list, in "all" and in "none"', () => {
    const [rule] = routingRulesSchema.parse(file('$licence-exchange')).rules;
    expect(rule?.all[1]).toEqual(['omwisselen', 'foreign licence']);
    expect(rule?.none).toEqual(['omwisselen', 'foreign licence']);
  });

  it.each(['$omruilen', '$constructor', '$toString'])(
    'is refused at the rule, by name, when no list is called %s',
    (cue) => {
      const parsed = routingRulesSchema.safeParse(file(cue));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({
        path: ['rules', 0, 'all', 1, 0],
        message: `no cue list named ${cue.slice(1)}`,
      });
    },
  );

  it('refuses a list that names another list', () => {
    const parsed = routingRulesSchema.safeParse({
      ...file('omruilen'),
      cues: { 'licence-exchange': ['$other'] },
    });
    expect(parsed.success).toBe(false);
  });

  it('leaves no "$" cue in the project\'s rules', () => {
    const cues = rules.flatMap((rule) => [
      ...rule.all.flat(),
      ...rule.none,
      ...(rule.several?.of.flat() ?? []),
    ]);
    expect(cues.filter((cue) => cue.startsWith('$'))).toEqual([]);
  });
});

describe('a rule why that names a why of the rules file', () => {
  const file = (why: unknown) => ({
    whys: { 'boete-bij-aangifte': { nl: 'Die boete komt van de Belastingdienst.', en: 'Tax.' } },
    rules: [{ id: 'boete', all: [['boete']], agency: 'belastingdienst', why }],
  });

  it('is that text, so a rule and its follow-up form say it the same way', () => {
    const [rule] = routingRulesSchema.parse(file('$boete-bij-aangifte')).rules;
    expect(rule?.why).toEqual({ nl: 'Die boete komt van de Belastingdienst.', en: 'Tax.' });
  });

  it.each(['$boete', '$constructor'])('is refused at the rule, by name, for %s', (why) => {
    const parsed = routingRulesSchema.safeParse(file(why));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['rules', 0, 'why'],
      message: `no why named ${why.slice(1)}`,
    });
  });

  it('leaves every project rule a why of its own text', () => {
    expect(rules.filter((rule) => !rule.why.nl || !rule.why.en).map((rule) => rule.id)).toEqual([]);
  });
});
