/** The chat turns the Worker benches send: routed, English, stuck, short, and not understood. */
export const BENCH_QUESTIONS = [
  'Ik moet mijn huurtoeslag terugbetalen',
  'How do I apply for unemployment benefit?',
  'Ik heb een boete gekregen en kan die niet betalen',
  'Wanneer krijg ik mijn AOW?',
  'blablabla xyzzy',
];
