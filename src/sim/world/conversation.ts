import type { Share } from '../mind';

export interface ConversationLine {
  speakerId: string;
  text: string;
  /** Step at which the line is spoken (lines play out over time after generation). */
  step: number;
  shares?: Share[];
  opId?: string;
}

export interface Conversation {
  id: string;
  participants: [string, string];
  startStep: number;
  endStep: number;
  place: string;
  lines: ConversationLine[];
}
