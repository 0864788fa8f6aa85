import type { StuckHelp } from '../catalog/help.js';

type Objection = StuckHelp['objection'];

/** Each objection data's cues, compiled once: the data never changes after start. */
const compiled = new WeakMap<Objection, readonly RegExp[]>();

function cuesOf(objection: Objection): readonly RegExp[] {
  let cues = compiled.get(objection);
  if (!cues) {
    cues = objection.cues.map((cue) => new RegExp(cue, 'u'));
    compiled.set(objection, cues);
  }
  return cues;
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
  return cuesOf(objection).some((cue) => cue.test(lower));
}
