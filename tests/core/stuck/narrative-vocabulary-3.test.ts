import { describe, expect, it } from 'vitest';
import type { StuckSignal } from '../../../src/core/stuck/index.js';
import { signalsOf } from './detector.js';

/**
 * The fourth round of narrative vocabulary in data/stuck.json (cues whose comment starts with
 * "Round 4"), written as families rather than sentences: contradicted answers, running into the
 * same wall, passing the buck, nobody who could tell, repeated attempts, empty promises, many
 * different people, calling every day; phone menus and no way to reach a person; no DigiD,
 * acting for a relative, reading and language, no computer; needing a lawyer to understand,
 * lost in rules, never heard of a rule, badly informed, no clarity, reasons not understood;
 * head above water, penalised for living together, in trouble, care at risk, making ends meet,
 * cuts, little left over, rent unpaid, in the red, not a cent, depression, illness and pain,
 * separated families, just above a limit, savings gone; irritation, resignation, dismissal,
 * branded a fraud, left alone, no help, the one who pays, disbelief, futility, too much, shock,
 * feeling forgotten, lost trust, cheated, robbery by the state, fighting, rhetorical questions,
 * nerves, sarcasm, unopened post, shame, not seen as a person; debts that escalate, a sum to pay
 * at once, more than a year's income, where to find the money; reporting too late, a slip in a
 * filing, "should have". Every sentence here was written for these tests, not taken from the
 * evaluation sets; cues marked "needs a second cue" are tested together with another cue.
 */
describe('narrative vocabulary, fourth round: heard', () => {
  it.each<[StuckSignal, string]>([
    // loop: contradicted by earlier answer or colleague
    ['loop', 'Gisteren zeiden ze nog dat het formulier goed was'],
    ['loop', 'Vorige maand vertelde de medewerker nog dat ik recht had op bijstand'],
    ['loop', 'De ene ambtenaar zegt dat het mag, de andere zegt van niet'],
    ['loop', 'Bij de balie zeggen ze iets anders dan aan de telefoon'],
    ['loop', 'One officer told me to wait, another said I was too late'],
    // loop: running into the same wall
    ['loop', 'Telkens lopen we tegen dezelfde regel aan'],
    ['loop', 'Ik loop er steeds weer tegenaan bij de gemeente'],
    ['loop', 'Elke keer stuiten we op hetzelfde probleem'],
    ['loop', 'We keep running into the same wall with the IND'],
    ['loop', 'I kept bumping into the same rule'],
    // loop: passing the buck
    ['loop', 'De instanties wijzen naar elkaar en niemand doet iets'],
    ['loop', 'Het UWV schuift het probleem door naar de gemeente'],
    ['loop', 'Ze kaatsen de bal terug naar de zorgverzekeraar'],
    ['loop', 'The tax office and the municipality just pass the buck'],
    ['loop', 'Het is een wirwar aan instanties waar ik niet uitkom'],
    // loop: nobody who could tell
    ['loop', 'Er was niemand die me kon vertellen hoe het zat'],
    ['loop', 'Geen mens die wist waar mijn aanvraag was gebleven'],
    ['loop', 'Ik belde drie keer maar niemand die het wist'],
    ['loop', 'Niemand die mij kon helpen met mijn vraag'],
    ['loop', 'Geen medewerker die het dossier kon vinden'],
    // loop: repeated attempts
    ['loop', 'Ondanks herhaalde verzoeken kreeg ik het formulier niet'],
    ['loop', 'Ik heb herhaaldelijk gebeld over mijn toeslag'],
    ['loop', 'We hebben meermaals gevraagd om een afspraak'],
    ['loop', 'After repeated calls nothing changed'],
    ['loop', 'I repeatedly asked for an explanation'],
    // loop: empty promises
    ['loop', 'Alleen maar lege beloftes van de gemeente'],
    ['loop', 'Ze hebben beloofd terug te bellen maar dat is nooit gebeurd'],
    ['loop', 'Het bleef bij vage toezeggingen'],
    ['loop', 'We got nothing but empty promises'],
    ['loop', 'They promised a decision in May but it never came'],
    // loop: should have gone elsewhere first
    ['loop', 'They said I should have gone to the municipality first'],
    ['loop', 'Apparently I should have applied at the other office'],
    ['loop', 'The IND told me I should have registered with the city first'],
    ['loop', 'They say we should have called the other department'],
    ['loop', 'You should have asked your employer first, they said'],
    // loop: many different people or versions
    ['loop', 'Ik heb al zes verschillende medewerkers aan de lijn gehad'],
    ['loop', 'We kregen drie verschillende antwoorden op dezelfde vraag'],
    ['loop', 'Ik sprak met tig verschillende consulenten'],
    ['loop', 'I spoke to five different people at the UWV'],
    ['loop', 'We got several different answers from the same office'],
    // loop: before finally
    ['loop', 'Het duurde maanden voordat ik eindelijk iemand sprak'],
    ['loop', 'Je moet eerst overal langs voordat je eindelijk hulp krijgt'],
    ['loop', 'Ik moest drie keer bellen voor ik eindelijk antwoord kreeg'],
    ['loop', 'It took ages before we finally got an appointment'],
    ['loop', 'Months went by before I could finally talk to someone'],
    // loop: still nothing heard
    ['loop', 'Ik heb nog niets van ze gehoord'],
    ['loop', 'We hebben nog helemaal niks vernomen over de aanvraag'],
    ['loop', 'Na zes weken nog niets teruggehoord van het UWV'],
    ['loop', 'I still have not heard anything from the IND'],
    ['loop', 'Still no word from the tax office'],
    // loop: calling every day
    ['loop', 'Ik bel elke dag naar het CAK'],
    ['loop', 'Iedere dag hing ik weer aan de telefoon'],
    ['loop', 'We hangen al de hele ochtend aan de lijn'],
    ['loop', 'I called them every single day for a month'],
    ['loop', 'We phoned the office daily'],
    // loop: someone else every time, time wasted
    ['loop', 'Iedere keer krijg ik iemand anders aan de lijn'],
    ['loop', 'Steeds weer een ander aan de telefoon'],
    ['loop', 'Ik heb weken verspild aan dat formulier'],
    ['loop', 'I wasted months on this application'],
    ['loop', 'We lost weeks because of their mistake'],
    // wants-human: phone menus
    ['wants-human', 'Ik kom niet verder dan het keuzemenu'],
    ['wants-human', 'Dat belmenu stuurt je alle kanten op'],
    ['wants-human', 'Het telefoonmenu heeft tien opties en geen mens'],
    ['wants-human', 'I am stuck in the automated menu'],
    ['wants-human', 'Press 1 for this, press 2 for that, and still no person'],
    // wants-human: contact with a person impossible
    ['wants-human', 'Het is niet mogelijk om met iemand contact op te nemen'],
    ['wants-human', 'Er is geen enkele manier om iemand te spreken'],
    ['wants-human', 'Je kunt nooit rechtstreeks met een medewerker praten'],
    ['wants-human', 'De receptie wilde me niet doorverbinden'],
    ['wants-human', 'They refused to put me through to a caseworker'],
    // digital-exclusion: no DigiD to be had
    ['digital-exclusion', 'Ik heb geen recht op een DigiD omdat ik in Duitsland woon'],
    ['digital-exclusion', 'Mijn vader kreeg geen DigiD'],
    ['digital-exclusion', 'As a cross-border worker I am not eligible for a DigiD'],
    ['digital-exclusion', 'I could not get a DigiD'],
    ['digital-exclusion', 'I can not access my tax return online'],
    // digital-exclusion: not allowed for a relative
    ['digital-exclusion', 'Ik mag dat niet voor mijn moeder regelen'],
    ['digital-exclusion', 'Waarom kan ik het niet even voor mijn vader aanvragen'],
    ['digital-exclusion', 'Ik mocht niet voor mijn man inloggen'],
    ['digital-exclusion', 'I am not allowed to log in for my mother'],
    ['digital-exclusion', 'We could not apply for our son'],
    // digital-exclusion: cannot read, language
    ['digital-exclusion', 'Mijn moeder laat de brieven liggen omdat ze die niet kan lezen'],
    ['digital-exclusion', 'Hij beheerst de taal niet goed genoeg'],
    ['digital-exclusion', 'Ik spreek het Nederlands nauwelijks'],
    ['digital-exclusion', 'My limited knowledge of Dutch made it impossible'],
    ['digital-exclusion', 'I do not read Dutch well'],
    // digital-exclusion: no computer
    ['digital-exclusion', 'Wie betaalt de aanschaf van een laptop?'],
    ['digital-exclusion', 'Ik heb niemand die met de computer overweg kan'],
    ['digital-exclusion', 'Mijn oma kan niet goed overweg met de computer'],
    ['digital-exclusion', 'I do not own a computer'],
    ['digital-exclusion', 'We have no internet access at home'],
    // digital-exclusion: activation code plus another cue
    ['digital-exclusion', 'De activeringscode kwam niet en ik kan niet inloggen'],
    // digital-exclusion (not understanding a letter, form or rule): you need a lawyer
    ['digital-exclusion', 'Je moet bijna jurist zijn om die brief te snappen'],
    ['digital-exclusion', 'Daar heb je een belastingadviseur voor nodig om het te begrijpen'],
    ['digital-exclusion', 'Je hebt een rechtenstudie nodig om dit te lezen'],
    ['digital-exclusion', 'You need a law degree to fill in this form'],
    ['digital-exclusion', 'You have to be a tax expert to understand the letter'],
    // digital-exclusion (not understanding a letter, form or rule): lost in rules
    ['digital-exclusion', 'Een oerwoud van regels en voorwaarden'],
    ['digital-exclusion', 'Ik vind de weg niet in al die toeslagen'],
    ['digital-exclusion', 'Het is een jungle aan regelingen'],
    ['digital-exclusion', 'A jungle of rules and forms'],
    ['digital-exclusion', 'I could not find my way through the system'],
    // digital-exclusion (not understanding a letter, form or rule): never heard of the rule
    ['digital-exclusion', 'Een regel waar ik nog nooit van had gehoord'],
    ['digital-exclusion', 'Daar heb ik nooit iets van geweten'],
    ['digital-exclusion', 'Die norm waar we nog nooit van hadden gehoord'],
    ['digital-exclusion', 'Van die verplichting had ik nooit van gehoord'],
    ['digital-exclusion', 'Ze kwamen met een regeling waar je nooit van gehoord hebt'],
    // digital-exclusion (not understanding a letter, form or rule): badly informed
    ['digital-exclusion', 'De gemeente had ons eerder moeten inlichten'],
    ['digital-exclusion', 'We zijn nooit goed geinformeerd over de regels'],
    ['digital-exclusion', 'Niemand heeft ons gewaarschuwd'],
    ['digital-exclusion', 'My employer did not inform me about the deadline'],
    ['digital-exclusion', 'They should have told me about this rule'],
    // digital-exclusion (not understanding a letter, form or rule): no clarity
    ['digital-exclusion', 'Ik krijg maar geen duidelijkheid over mijn uitkering'],
    ['digital-exclusion', 'Nog steeds geen uitsluitsel'],
    ['digital-exclusion', 'Die helderheid kregen we nooit'],
    ['digital-exclusion', 'There is no clarity about my status'],
    ['digital-exclusion', 'I never get a straight answer'],
    // digital-exclusion (not understanding a letter, form or rule): nobody understands it
    ['digital-exclusion', 'Niemand begrijpt er iets van'],
    ['digital-exclusion', 'Geen mens die het snapt'],
    ['digital-exclusion', 'Geen hond snapt er nog een snars van'],
    ['digital-exclusion', 'Nobody understands this system'],
    ['digital-exclusion', 'No one really gets these rules'],
    // digital-exclusion (not understanding a letter, form or rule): reasons one does not understand
    ['digital-exclusion', 'Ik krijg brieven die ik niet begrijp'],
    ['digital-exclusion', 'Om redenen die ik niet snap werd het stopgezet'],
    ['digital-exclusion', 'Er staan woorden in die je niet begrijpt'],
    ['digital-exclusion', 'I get letters that I can not understand'],
    ['digital-exclusion', 'They use words which we do not understand'],
    // digital-exclusion (not understanding a letter, form or rule): am I doing it right, plus another cue
    ['digital-exclusion', 'Doe ik het wel goed? Ik snap het formulier niet'],
    // hardship: head above water
    ['hardship', 'We houden met moeite ons hoofd boven water'],
    ['hardship', 'Ik krijg mijn kop niet meer boven water'],
    ['hardship', 'Het water staat me tot aan de lippen'],
    ['hardship', 'We are struggling to keep our heads above water'],
    ['hardship', 'We are barely staying afloat'],
    // hardship: penalised for living together or marrying
    ['hardship', 'Als mijn vriend bij mij intrekt verlies ik mijn bijstand'],
    ['hardship', 'We durven niet te trouwen vanwege de toeslagen'],
    ['hardship', 'Door het huwelijk zou mijn uitkering vervallen'],
    ['hardship', 'We can not marry because we would lose our benefits'],
    ['hardship', 'Moving in together would cost us our allowance'],
    // hardship: got into trouble
    ['hardship', 'Daardoor raakte ik in de problemen'],
    ['hardship', 'We zijn in grote financiele problemen beland'],
    ['hardship', 'Zo kwam ik in de knel met de huur'],
    ['hardship', 'We got into serious trouble because of the recovery'],
    ['hardship', 'I ended up in financial difficulties'],
    // hardship: care or income at risk
    ['hardship', 'Mijn thuiszorg komt in het gedrang'],
    ['hardship', 'Door de fout staat haar pgb op de tocht'],
    ['hardship', 'Onze huisvesting is nu in gevaar'],
    ['hardship', 'My care is at risk because of the delay'],
    ['hardship', 'Our income was in jeopardy'],
    // hardship: cannot make ends meet (split verb)
    ['hardship', 'Met deze uitkering kan ik er niet van rondkomen'],
    ['hardship', 'Een bedrag waar we nauwelijks van rond kunnen komen'],
    ['hardship', 'We kunnen er amper van rondkomen'],
    ['hardship', 'Van dat loon kon ik niet rondkomen'],
    ['hardship', 'Het is een bijstand waar je moeilijk van rond kan komen'],
    // hardship: benefit cut
    ['hardship', 'Mijn bijstand is gekort'],
    ['hardship', 'Ze korten op mijn kinderbijslag'],
    ['hardship', 'We werden met honderd euro gekort'],
    ['hardship', 'My benefits were cut without warning'],
    ['hardship', 'Her pension has been reduced'],
    // hardship: little left
    ['hardship', 'We houden maar tweehonderd euro per maand over'],
    ['hardship', 'Na de vaste lasten hou ik te weinig over'],
    ['hardship', 'Hij hield nauwelijks iets over voor boodschappen'],
    ['hardship', 'Ik zal minder dan 500 euro overhouden'],
    ['hardship', 'Ze houden veel te weinig over om van te leven'],
    // hardship: rent unpaid
    ['hardship', 'We hebben twee maanden geen huur meer kunnen betalen'],
    ['hardship', 'Ik kon geen boodschappen meer doen'],
    ['hardship', 'We could not afford the rent'],
    ['hardship', 'I was unable to pay the bills'],
    ['hardship', 'We can not afford groceries'],
    // hardship: in the red
    ['hardship', 'We staan al maanden rood'],
    ['hardship', 'Mijn rekening staat diep in het rood'],
    ['hardship', 'We zitten in de rode cijfers'],
    ['hardship', 'My account is overdrawn again'],
    ['hardship', 'We are in the red every month'],
    // hardship: not a cent
    ['hardship', 'Ik heb geen cent gezien van die toeslag'],
    ['hardship', 'Er kwam geen euro binnen'],
    ['hardship', 'We kregen geen dubbeltje uitbetaald'],
    ['hardship', 'Not a single cent came in'],
    ['hardship', 'We never received a penny'],
    // hardship: depression or crisis
    ['hardship', 'Ik ben in een zware depressie beland'],
    ['hardship', 'Door alles raakte ik in een burn-out'],
    ['hardship', 'Mijn man kwam in een diepe crisis terecht'],
    ['hardship', 'I fell into a depression after the letter'],
    ['hardship', 'She ended up in a severe burnout'],
    // hardship: illness plus pain
    ['hardship', 'Ik heb reuma en veel pijn'],
    ['hardship', 'Met mijn hernia kan ik niet meer lopen'],
    ['hardship', 'Door de kanker kan ik nauwelijks staan'],
    ['hardship', 'I am in a wheelchair and can hardly walk'],
    ['hardship', 'She has dementia and is in constant pain'],
    // hardship: separated from children
    ['hardship', 'Ik heb mijn dochter al twee jaar niet gezien'],
    ['hardship', 'Hij moet zijn kinderen al maanden missen'],
    ['hardship', 'We are separated from our children'],
    ['hardship', 'He has not seen his wife for three years'],
    ['hardship', 'Ik ben gescheiden van mijn gezin door de procedure'],
    // hardship: just above the limit
    ['hardship', 'Mijn inkomen is net te hoog voor zorgtoeslag'],
    ['hardship', 'We zitten een paar euro boven de grens'],
    ['hardship', 'Ik verdien net te veel voor bijzondere bijstand'],
    ['hardship', 'We are just above the income limit'],
    ['hardship', 'We earn just too much for rent benefit'],
    // hardship: savings gone
    ['hardship', 'Ons spaargeld is helemaal op'],
    ['hardship', 'Ik heb mijn buffer opgemaakt aan de huur'],
    ['hardship', 'Al ons spaargeld is weg'],
    ['hardship', 'We used up all our savings'],
    ['hardship', 'I spent everything I had saved for my kids'],
    // hardship: getting through the day
    ['hardship', 'De maand doorkomen lukt niet meer'],
    ['hardship', 'Ik weet niet hoe ik de week door moet komen'],
    ['hardship', 'Het is zwaar om de dag door te komen'],
    ['hardship', 'We barely get through the month'],
    ['hardship', 'I struggle to make it through the week'],
    // frustration: irritation verbs
    ['frustration', 'Die houding ergert me enorm'],
    ['frustration', 'Het irriteert me dat niemand terugbelt'],
    ['frustration', 'Ik erger me aan de wachttijden'],
    ['frustration', 'Het frustreert ons mateloos'],
    ['frustration', 'Die onzekerheid kwelt haar'],
    // frustration: resignation
    ['frustration', 'Ik heb me er toen maar bij neergelegd'],
    ['frustration', 'We legden ons er maar bij neer'],
    ['frustration', 'Hij heeft de moed opgegeven'],
    ['frustration', 'I gave up hope of ever getting it back'],
    ['frustration', 'I have resigned myself to waiting'],
    // frustration: dismissed
    ['frustration', 'Mijn bezwaar werd weggewuifd'],
    ['frustration', 'Ze scheepten me af met een standaardbrief'],
    ['frustration', 'Het werd van tafel geveegd'],
    ['frustration', 'My complaint was brushed aside'],
    ['frustration', 'They waved away every question'],
    // frustration: treated as a fraud though innocent
    ['frustration', 'We hadden niets fout gedaan'],
    ['frustration', 'Ik werd weggezet als profiteur'],
    ['frustration', 'Ze beschuldigden ons van fraude'],
    ['frustration', 'I was branded a fraudster'],
    ['frustration', 'They accused us of cheating'],
    // frustration: left alone
    ['frustration', 'Ik sta er nu helemaal alleen voor'],
    ['frustration', 'We stonden er als gezin alleen voor'],
    ['frustration', 'Niemand stak een helpende hand uit'],
    ['frustration', 'I was completely on my own with this'],
    ['frustration', 'We were left to fend for ourselves'],
    // frustration: help never came
    ['frustration', 'De beloofde hulp kwam er nooit'],
    ['frustration', 'Ik werd nergens geholpen'],
    ['frustration', 'We zijn bij de gemeente niet geholpen'],
    ['frustration', 'Nobody would help us'],
    ['frustration', 'No help came from the municipality'],
    // frustration: the one who pays
    ['frustration', 'Ik ben weer de klos'],
    ['frustration', 'Dan ben je gewoon de pineut'],
    ['frustration', 'Wij zijn weer de sigaar'],
    ['frustration', 'Zo voel ik me de sukkel'],
    ['frustration', 'Hij is weer de pisang'],
    // frustration: unbelievable
    ['frustration', 'Ik vind het onvoorstelbaar hoe dit gaat'],
    ['frustration', 'Wat een absurde situatie'],
    ['frustration', 'Ongelooflijk dat dit zo lang duurt'],
    ['frustration', 'Het is gewoon kafkaesk'],
    ['frustration', 'It is unbelievable that nobody answers'],
    // frustration: pointless
    ['frustration', 'Bezwaar maken heeft toch geen zin'],
    ['frustration', 'Klagen haalt niks uit'],
    ['frustration', 'Het is allemaal zinloos'],
    ['frustration', 'It is all useless'],
    ['frustration', 'Complaining was futile'],
    // frustration: too much
    ['frustration', 'Het werd me allemaal te veel'],
    ['frustration', 'Alles is haar te veel geworden'],
    ['frustration', 'Het wordt ons echt te veel'],
    ['frustration', 'It all became too much'],
    ['frustration', 'Everything is getting too much'],
    // frustration: shaken
    ['frustration', 'Tot mijn grote schrik stond er een deurwaarder'],
    ['frustration', 'Ik schrok me wezenloos'],
    ['frustration', 'Mijn moeder is helemaal overstuur'],
    ['frustration', 'We were devastated by the decision'],
    ['frustration', 'I was completely shaken'],
    // frustration: forgotten, let down
    ['frustration', 'Ik voel me door de overheid vergeten'],
    ['frustration', 'We voelen ons aan ons lot overgelaten'],
    ['frustration', 'Hij voelt zich genegeerd'],
    ['frustration', 'We feel abandoned by the system'],
    ['frustration', 'I felt completely powerless'],
    // frustration: trust gone
    ['frustration', 'Ik vertrouw de Belastingdienst niet meer'],
    ['frustration', 'Mijn vertrouwen in de overheid is weg'],
    ['frustration', 'We vertrouwen niemand meer'],
    ['frustration', 'I lost all faith in the system'],
    ['frustration', 'We lost trust in the government'],
    // frustration: cheated
    ['frustration', 'We zijn gewoon genaaid'],
    ['frustration', 'Ik voel me belazerd'],
    ['frustration', 'Ze hebben ons voor de gek gehouden'],
    ['frustration', 'We were ripped off'],
    ['frustration', 'They screwed us over'],
    // frustration: robbery by the state
    ['frustration', 'Die naheffing is pure diefstal'],
    ['frustration', 'Wat een afzetterij'],
    ['frustration', 'De burger is een melkkoe'],
    ['frustration', 'This is daylight robbery'],
    ['frustration', 'It is legalised theft'],
    // frustration: no idea what it does to people
    ['frustration', 'Ambtenaren hebben geen idee hoe dat voelt'],
    ['frustration', "De overheid heeft geen benul wat zo'n brief doet"],
    ['frustration', 'Ze hebben totaal geen idee wat dit met een gezin doet'],
    ['frustration', 'They have no idea what it is like'],
    ['frustration', 'Politicians have no clue how hard this is'],
    // frustration: having to fight
    ['frustration', 'Ik moet overal voor knokken'],
    ['frustration', 'We blijven strijden tegen het UWV'],
    ['frustration', 'Een gevecht tegen de bureaucratie'],
    ['frustration', 'It is a constant battle'],
    ['frustration', 'We are fighting the system'],
    // frustration: rhetorical indignation
    ['frustration', 'Is dat nou zo veel gevraagd?'],
    ['frustration', 'Is het nu zo raar?'],
    ['frustration', 'Vindt u het echt normaal dat ik zo lang wacht?'],
    ['frustration', 'Vindt u echt dat dit eerlijk is?'],
    ['frustration', 'Is that too much to ask?'],
    // frustration: nerves and aversion
    ['frustration', 'Dat wachten is zenuwslopend'],
    ['frustration', 'Ik word gek van de zenuwen'],
    ['frustration', 'Ik denk er met afschuw aan terug'],
    ['frustration', 'She is consumed with anxiety'],
    ['frustration', 'We are wracked with worry'],
    // frustration: sarcastic never heard of
    ['frustration', 'Van terugbellen heeft de gemeente nog nooit gehoord'],
    ['frustration', 'Van service hebben ze nooit gehoord'],
    ['frustration', 'Van sorry zeggen heeft de fiscus nooit gehoord'],
    ['frustration', 'Van haast hebben die ambtenaren nog nooit gehoord'],
    ['frustration', 'Van menselijkheid hebben ze daar nooit gehoord'],
    // frustration: post left unopened
    ['frustration', 'De enveloppen bleven ongeopend liggen'],
    ['frustration', 'Ik durf de brievenbus niet meer te openen'],
    ['frustration', 'Hij legde de brieven ongeopend in een la'],
    ['frustration', 'I left the letters unopened for months'],
    ['frustration', 'The mail piled up unopened'],
    // frustration: shame
    ['frustration', 'Ik schaam me voor mijn schulden'],
    ['frustration', 'Ze schaamde zich dood'],
    ['frustration', 'Uit schaamte vertelde hij niemand iets'],
    ['frustration', 'We schamen ons ervoor'],
    ['frustration', 'Door de schaamte vroeg ik geen hulp'],
    // frustration: not seen as a person
    ['frustration', 'Ze behandelen je niet als een mens'],
    ['frustration', 'Ik werd niet als persoon gezien'],
    ['frustration', 'Ze zien ons niet als burger'],
    ['frustration', 'We were not treated as human beings'],
    ['frustration', 'I was never seen as a person'],
    // debt: amount escalated
    ['debt', 'De boete liep binnen een jaar op tot 900 euro'],
    ['debt', 'Mijn schuld is opgelopen tot vijfduizend euro'],
    ['debt', 'Het bedrag groeide uit tot het dubbele'],
    ['debt', 'The fine ballooned to over 1000 euros'],
    ['debt', 'My debt spiralled into thousands'],
    // debt: whole sum quickly
    ['debt', 'Ik moest het hele bedrag binnen een maand betalen'],
    ['debt', 'We moeten dat bedrag in een keer terugbetalen'],
    ['debt', 'Hij moest dit bedrag direct overmaken'],
    ['debt', 'Ze moest het totaalbedrag binnen twee weken voldoen'],
    ['debt', 'Ik moet het geld per direct terugbetalen'],
    // debt: more than a year's income
    ['debt', 'De vordering is meer dan mijn jaarinkomen'],
    ['debt', 'Het is meer dan ons hele jaarsalaris'],
    ['debt', 'That is more than my annual salary'],
    ['debt', 'The claim was twice my income'],
    ['debt', 'It came to more than her entire yearly income'],
    // debt: where to find the money
    ['debt', 'Waar moet ik dat vandaan halen?'],
    ['debt', 'Waar haal ik dat geld van?'],
    ['debt', 'Waar moesten we dat bedrag vandaan halen'],
    ['debt', 'Where am I supposed to get that money?'],
    ['debt', 'Where are we going to find that kind of money?'],
    // debt: pay back, split verb
    ['debt', 'Ik hoorde dat ik alles terug moest betalen'],
    ['debt', 'Nu blijkt dat we de toeslag terug moeten storten'],
    ['debt', 'Omdat ik het terug moet betalen'],
    ['debt', 'Hij schrok dat hij alles terug moest geven'],
    ['debt', 'Ze zeggen dat ik het geld terug moest betalen'],
    // mistake: too late or forgotten
    ['mistake', 'Ik heb mijn nieuwe baan te laat doorgegeven'],
    ['mistake', 'We hebben de verhuizing niet op tijd gemeld'],
    ['mistake', 'Ik vergat mijn toeslag stop te zetten'],
    ['mistake', 'I forgot to report my new income'],
    ['mistake', 'I forgot to cancel the allowance'],
    // mistake: slip in own filing
    ['mistake', 'Door een tikfout in het formulier ging het mis'],
    ['mistake', 'Er zat een rekenfout in mijn aangifte'],
    ['mistake', 'Ik maakte een foutje bij de aanvraag'],
    ['mistake', 'Een domme vergissing in de inkomensschatting'],
    ['mistake', 'Een invulfout op het formulier'],
    // mistake: should have
    ['mistake', 'Ik had het eerder moeten doorgeven'],
    ['mistake', 'We hadden dat zelf moeten melden'],
    ['mistake', 'I should have reported it sooner'],
    ['mistake', 'I should have checked the letter'],
    ['mistake', 'I did not call them in time, as I should have'],
  ])('%s in %j', (signal, text) => {
    expect(signalsOf(text)).toContain(signal);
  });
});

describe('narrative vocabulary, fourth round: not heard in ordinary messages', () => {
  it.each<[StuckSignal, string]>([
    ['loop', 'Vorige week heb ik de aanvraag ingediend, wanneer hoor ik iets?'],
    ['loop', 'De ene ouder werkt en de andere zorgt voor de kinderen'],
    ['loop', 'Ik heb nog niets ontvangen, klopt dat?'],
    ['loop', 'Ik bel morgen de gemeente voor een afspraak'],
    ['loop', 'Ik heb drie kinderen en werk vier dagen'],
    ['loop', 'We werken samen met drie andere organisaties'],
    ['loop', 'Wanneer kan ik eindelijk met pensioen?'],
    ['loop', 'De aanvraag duurde drie maanden'],
    ['wants-human', 'Welke optie moet ik kiezen op het formulier?'],
    ['digital-exclusion', 'Hoe vraag ik een DigiD aan voor mijn zoon?'],
    ['digital-exclusion', 'Ik wil een laptop kopen voor mijn studie'],
    ['digital-exclusion', 'Hoe machtig ik mijn dochter voor mijn belastingaangifte?'],
    ['digital-exclusion', 'Waar vind ik de regels voor de huurtoeslag?'],
    ['digital-exclusion', 'Mijn advocaat heeft het bezwaar ingediend'],
    ['digital-exclusion', 'Wat zijn de regels voor kinderopvangtoeslag?'],
    ['digital-exclusion', 'Mijn broer is jurist bij de gemeente'],
    ['hardship', 'Wij gaan volgend jaar trouwen, moet ik dat doorgeven?'],
    ['hardship', 'Als we gaan samenwonen, krijgen we dan minder toeslag?'],
    ['hardship', 'Mijn vader heeft reuma, waar vraag ik een scootmobiel aan?'],
    ['hardship', 'Wordt mijn AOW gekort als ik in Spanje ga wonen?'],
    ['hardship', 'Verdien ik net te veel voor huurtoeslag?'],
    ['hardship', 'Mijn dochter woont in Amsterdam en studeert daar'],
    ['hardship', 'Ik wil mijn spaargeld beleggen'],
    ['hardship', 'Ik heb een rode auto gekocht'],
    ['frustration', 'Ik heb mijn inkomen opgegeven bij de aangifte'],
    ['frustration', 'Ik wil aangifte doen van diefstal van mijn fiets'],
    ['frustration', 'De film was een ongelooflijk mooie ervaring'],
    ['frustration', 'Ik vond het gesprek erg prettig'],
    ['frustration', 'We gaan samen strijden voor de titel in de competitie'],
    ['frustration', 'Ik voel me prima, dank je'],
    ['frustration', 'Mijn moeder is blind en heeft een hulphond'],
    ['debt', 'Waar haal ik een uittreksel van het BRP vandaan?'],
    ['debt', 'Moet ik het bedrag in één keer betalen?'],
    ['debt', 'De temperatuur liep op tot dertig graden'],
    ['debt', 'Mijn salaris is meer dan vorig jaar'],
    ['mistake', 'Wat gebeurt er als ik mijn verhuizing te laat doorgeef?'],
    ['mistake', 'Het formulier staat op de website'],
    ['mistake', 'Had ik dat moeten melden?'],
  ])('no %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});

describe('narrative vocabulary, fourth round: negation', () => {
  it.each<[StuckSignal, string]>([
    ['frustration', 'Het ergert me niet dat het even duurt'],
    ['frustration', 'Ik heb me er niet bij neergelegd'],
    ['frustration', 'Ik sta er gelukkig niet alleen voor'],
    ['frustration', 'Ik ben niet de klos'],
    ['frustration', 'Ik voel me niet vergeten'],
    ['frustration', 'We zijn niet belazerd'],
    ['frustration', 'Ik schaam me niet'],
    ['frustration', 'I did not feel abandoned'],
    ['frustration', 'Ik schrok niet echt'],
    ['debt', 'We zitten niet in de rode cijfers'],
    ['loop', 'Ik belde niet opnieuw'],
  ])('cancels %s in %j', (signal, text) => {
    expect(signalsOf(text)).not.toContain(signal);
  });
});
