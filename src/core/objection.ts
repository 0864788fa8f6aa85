import type { StuckHelp } from '../catalog/help.js';

type Objection = StuckHelp['objection'];

interface Compiled {
  cues: readonly RegExp[];
  notFor: readonly RegExp[];
  whatNow: readonly RegExp[];
}

/** Each objection data's expressions, compiled once: the data never changes after start. */
const compiled = new WeakMap<Objection, Compiled>();

function compiledOf(objection: Objection): Compiled {
  let found = compiled.get(objection);
  if (!found) {
    const build = (sources: readonly string[]) => sources.map((one) => new RegExp(one, 'u'));
    found = {
      cues: build(objection.cues),
      notFor: build(objection.notFor),
      whatNow: build(objection.whatNow),
    };
    compiled.set(objection, found);
  }
  return found;
}

/**
 * Whether a message says that a decision of the organisation answering it is wrong ("mijn
 * aanslag klopt niet", "de gemeente heeft een fout gemaakt", "I disagree with the decision"),
 * where objecting within 6 weeks is the way: the answer then says so. The person's own mistake
 * ("ik heb een fout gemaakt") is the stuck signal `mistake`, not this.
 */
export function saysDecisionIsWrong(
  objection: Objection,
  agencyId: string | undefined,
  text: string,
): boolean {
  if (!agencyId || !objection.agencies.includes(agencyId)) return false;
  const lower = text.toLowerCase();
  const { cues, notFor } = compiledOf(objection);
  return cues.some((cue) => cue.test(lower)) && !notFor.some((other) => other.test(lower));
}

/**
 * Whether a message asks what to do now about a decision the person said was wrong in the
 * message before, to the same organisation: "wat kan ik doen?" after "mijn vergunning is
 * afgewezen, dat klopt niet" wants the way to object again, not the topic's first sentence.
 */
export function asksWhatNowAboutDecision(
  objection: Objection,
  agencyId: string | undefined,
  text: string,
  previous: { message: string; agencyId: string | null } | undefined,
): boolean {
  if (!previous || previous.agencyId !== agencyId) return false;
  const lower = text.toLowerCase();
  return (
    compiledOf(objection).whatNow.some((cue) => cue.test(lower)) &&
    saysDecisionIsWrong(objection, agencyId, previous.message)
  );
}
