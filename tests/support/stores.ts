import type { ConversationStore } from '../../src/db/store.js';

/** A store whose database is gone: every call fails as a real driver would. */
export function unreachableStore(overrides: Partial<ConversationStore> = {}): ConversationStore {
  const fail = async (): Promise<never> => {
    throw new Error('database unreachable');
  };
  return {
    loadSession: fail,
    loadConversation: fail,
    saveTurn: fail,
    createSession: fail,
    ping: fail,
    purgeBefore: fail,
    ...overrides,
  };
}
