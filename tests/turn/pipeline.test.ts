import { describe, expect, it } from 'vitest';
import { newTurnContext, type TurnDeps, type TurnStep } from '../../src/turn/context.js';
import { runPipeline, TurnError } from '../../src/turn/pipeline.js';

const deps = {} as TurnDeps;
const input = { message: 'vraag', channel: 'web' as const };

/** What each test step ran, per context. */
const runs = new WeakMap<object, string[]>();
const log = (context: object) => {
  const list = runs.get(context) ?? [];
  runs.set(context, list);
  return list;
};
function step(name: string, effect: (log: string[]) => void): TurnStep {
  return { name, run: (context) => effect(log(context)) };
}

describe('the turn pipeline', () => {
  it('runs the steps in order over one context and times each', async () => {
    const context = newTurnContext(input, new Date(0));
    await runPipeline(
      [step('a', (log) => log.push('a')), step('b', (log) => log.push('b'))],
      context,
      deps,
    );
    expect(log(context)).toEqual(['a', 'b']);
    expect(Object.keys(context.timings)).toEqual(['a', 'b']);
  });

  it('stops at a failing step and reports which one, keeping what was built so far', async () => {
    const context = newTurnContext(input, new Date(0));
    const failing = runPipeline(
      [
        step('first', (log) => log.push('first')),
        step('boom', () => {
          throw new Error('broken');
        }),
        step('never', (log) => log.push('never')),
      ],
      context,
      deps,
    );
    await expect(failing).rejects.toBeInstanceOf(TurnError);
    await failing.catch((error: TurnError) => {
      expect(error.step).toBe('boom');
      expect(log(error.context)).toEqual(['first']);
      expect((error.cause as Error).message).toBe('broken');
    });
    expect(log(context)).not.toContain('never');
  });

  it('waits for asynchronous steps', async () => {
    const context = newTurnContext(input, new Date(0));
    const slow: TurnStep = {
      name: 'slow',
      run: async (ctx) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        log(ctx).push('slow');
      },
    };
    await runPipeline([slow, step('after', (log) => log.push('after'))], context, deps);
    expect(log(context)).toEqual(['slow', 'after']);
  });
});
