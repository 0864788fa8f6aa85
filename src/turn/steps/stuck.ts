import { inContractOrder, type StuckSignal } from '../../core/stuck/signals.js';
import { phraseIndex, words, wordsCovered } from '../../core/text.js';
import { askedBack, required, type TurnStep } from '../context.js';

/**
 * Notices that the person is stuck, in this message and over the conversation. A short answer
 * to our own hand-off offer is not a new need, so it is not read for signals.
 */
export const detectStuck: TurnStep = {
  name: 'stuck',
  run(context, deps) {
    // A number, when to call or having no phone, said for the case, is no new need either.
    if (
      context.handoffAnswer ||
      context.smallTalk ||
      context.asksToBeCalled ||
      context.callback ||
      // A request to be called with a number says why, often: "bel mij over mijn schuld".
      (context.callbackWish && !context.callRequest)
    )
      return;
    const decision = required(context.decision, 'routing decision');
    const text = required(context.redacted, 'redacted message').text;
    const previous = context.history;
    const best = 'best' in decision ? decision.best : undefined;
    const {
      signals: heard,
      evidence,
      partial = [],
    } = deps.stuck.detect(
      previous.map((turn) => ({
        text: turn.message,
        routed: !turn.clarify,
        agencyId: turn.agencyId,
        confidence: turn.confidence,
      })),
      {
        text,
        // The same options again wait for a choice; the message was understood.
        routed: !askedBack(context) || (decision.kind === 'clarify' && decision.again === true),
        agencyId: best?.agencyId ?? null,
        confidence: best?.confidence ?? null,
      },
    );
    // "mijn DigiD kwijt, hoe vraag ik huurtoeslag aan?": the router saw that the way in to the
    // subject is missing, which stops the person as surely as having none.
    const wayIn: StuckSignal[] =
      decision.kind === 'routed' && decision.wayInMissing ? ['digital-exclusion'] : [];
    // "kan ik een betalingsregeling krijgen?" is half a debt cue on its own; after "ik moet
    // 1200 euro terugbetalen" it is the same debt, and its help answers the question.
    const seen = new Set(previous.flatMap((turn) => turn.signals));
    const carried = partial.filter((signal) => seen.has(signal));
    // "is mijn zaak al klaar?" asked again about an open or a closed case is waiting for it,
    // however alike the questions are, not going in circles.
    const aboutTheCase = context.caseQuestion === true || context.closedCase !== undefined;
    const signals = inContractOrder([
      ...heard.filter((signal) => !(aboutTheCase && signal === 'loop')),
      ...wayIn,
      ...carried,
      // The language model, when configured, hears what no lexicon lists.
      ...(context.assist?.signals ?? []),
    ]);
    // "Ik wil een mens spreken" names no subject; the router's half-confident guess would hand
    // the person to a random desk. The general desk (the fallback contact) is the honest answer.
    // Nor does "I want to speak to a human, not a bot": its options (a victim's desk for
    // "human", ships for "bot") come from the very words that ask for a person, so without them
    // the message must still name something.
    const unsure =
      (decision.kind === 'routed' && !decision.rule && decision.best.confidence < 0.5) ||
      decision.kind === 'clarify';
    if (signals.includes('wants-human') && unsure) {
      const cues = evidence.filter((item) => item.signal === 'wants-human').map((item) => item.cue);
      if (decision.kind === 'routed' || deps.router.route(withoutCues(text, cues)).kind === 'none')
        context.decision = { kind: 'none', alternatives: [] };
    } else if (unsure) {
      // Nor do words of anger or of going round name a subject: "ik ben het zo zat, ik kan niet
      // meer" matched a DigiD topic on "niet meer". When nothing is left without them, the
      // options would be noise to an upset person. The cues of a debt, a mistake or a letter
      // not understood are the subject ("ik snap de brief niet"), so they stay.
      const cues = evidence
        .filter((item) => FEELINGS.includes(item.signal))
        .map((item) => item.cue);
      if (cues.length > 0 && deps.router.route(withoutCues(text, cues)).kind === 'none')
        context.decision = { kind: 'none', alternatives: [] };
    }
    // A person who goes to a crisis line is in danger, not stuck with an organisation: the
    // report of where rules block people does not count them.
    const now = context.decision;
    const answered = now && 'best' in now ? now.best.agencyId : undefined;
    context.signals = answered && deps.crisisIn.lineOf(answered) ? [] : signals;
    context.newSignals = context.signals.filter((signal) => !seen.has(signal));
  },
};

/** Signals whose words say how the person feels or fares, never what the question is about. */
const FEELINGS: readonly StuckSignal[] = ['frustration', 'loop'];

/** The message without the words of its cues: what it says besides asking for a person. */
function withoutCues(text: string, cues: readonly string[]): string {
  const said = words(text);
  // A cue is matched text, never a pattern: read as words, a "*" in it is no wildcard.
  const phrases = cues.map((cue) => words(cue).join(' ')).filter((cue) => cue.length > 0);
  const gone = wordsCovered(said, phraseIndex(phrases));
  return said.filter((_, i) => !gone.has(i)).join(' ');
}
