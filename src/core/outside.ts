import { z } from 'zod';
import { localizedSchema, type Localized } from '../catalog/schema.js';
import { phraseIndex, words, wordsCovered } from './text.js';

/** A subject no organisation of the catalog handles, and where to go for it (data/outside.json). */
export const outsideDataSchema = z.strictObject({
  $comment: z.string().optional(),
  subjects: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z-]*$/),
        cues: z.array(z.string().min(1)).min(1),
        covers: z.array(z.string().min(1)).default([]),
        /** Words that make it a question for the catalog after all: paying for a funeral. */
        unless: z.array(z.string().min(1)).default([]),
        answer: localizedSchema,
      }),
    )
    .min(1),
});
export type OutsideData = z.infer<typeof outsideDataSchema>;

export interface OutsideSubject {
  id: string;
  answer: Localized;
}

/**
 * Reads whether a question is about a subject outside the catalog ("I need a doctor"), so that
 * the answer says where to go instead of guessing an organisation that cannot help. It counts
 * only when nothing else in the question names a subject of the catalog (`namesOurs`): "mijn
 * huisarts moet een formulier voor het CBR invullen" is a question for the CBR.
 */
export function createOutsideTest(data: OutsideData, namesOurs: (text: string) => boolean) {
  const subjects = data.subjects.map((subject) => ({
    subject: { id: subject.id, answer: subject.answer },
    cues: phraseIndex(subject.cues),
    all: phraseIndex([...subject.cues, ...subject.covers]),
    unless: phraseIndex(subject.unless),
  }));
  return function outsideIn(text: string): OutsideSubject | undefined {
    const said = words(text);
    for (const { subject, cues, all, unless } of subjects) {
      if (wordsCovered(said, cues).size === 0 || wordsCovered(said, unless).size > 0) continue;
      const gone = wordsCovered(said, all);
      const rest = said.filter((_, i) => !gone.has(i)).join(' ');
      if (!namesOurs(rest)) return subject;
    }
    return undefined;
  };
}
