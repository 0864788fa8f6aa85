import type { TurnContext, TurnDeps, TurnStep } from './context.js';

/** Thrown when a step fails; carries the context so far, so the error reply can use its contact. */
export class TurnError extends Error {
  constructor(
    public readonly step: string,
    public readonly context: TurnContext,
    options: { cause: unknown },
  ) {
    super(`turn failed in step ${step}`, options);
    this.name = 'TurnError';
  }
}

/** Runs the steps in order over one context, timing each. */
export async function runPipeline(
  steps: readonly TurnStep[],
  context: TurnContext,
  deps: TurnDeps,
): Promise<TurnContext> {
  for (const step of steps) {
    const started = performance.now();
    try {
      await step.run(context, deps);
    } catch (cause) {
      throw new TurnError(step.name, context, { cause });
    } finally {
      context.timings[step.name] = round(performance.now() - started);
    }
  }
  return context;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
