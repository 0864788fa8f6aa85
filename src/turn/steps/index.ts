import type { TurnStep } from '../context.js';
import { consultModel } from './assist.js';
import { takeCallRequest } from './call-request.js';
import { pickContact } from './contact.js';
import { compose } from './compose.js';
import { guardReply } from './guard.js';
import { answerHandoff } from './handoff.js';
import { detectStuck } from './stuck.js';
import { chooseLanguage } from './language.js';
import { persistTurn } from './persist.js';
import { redactMessage } from './redact.js';
import { routeQuestion } from './route.js';
import { loadSession } from './session.js';

/** The order of a chat turn: validation happens before, at the HTTP edge. */
export const chatTurnSteps: readonly TurnStep[] = [
  loadSession,
  redactMessage,
  chooseLanguage,
  answerHandoff,
  routeQuestion,
  takeCallRequest,
  consultModel,
  detectStuck,
  pickContact,
  compose,
  guardReply,
  persistTurn,
];
