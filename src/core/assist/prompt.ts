import { z } from 'zod';

/** prompts/assist.json: the system prompt for the optional language model. */
export const assistPromptSchema = z.object({
  $comment: z.string().optional(),
  version: z.number().int().positive(),
  system: z.string().min(100),
});
export type AssistPrompt = z.infer<typeof assistPromptSchema>;
