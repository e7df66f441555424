import { localStorageOrNull } from '../storage';
/** localStorage key: the welcome was seen on this browser (e2e runs set it; see playwright.config). */
export const WELCOME_SEEN_KEY = 'generative-town:welcome-seen';

export function welcomeSeen(storage: Storage | null = localStorageOrNull()): boolean {
  try {
    return storage?.getItem(WELCOME_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function markWelcomeSeen(storage: Storage | null = localStorageOrNull()): void {
  try {
    storage?.setItem(WELCOME_SEEN_KEY, '1');
  } catch {
    // Storage disabled: the welcome shows again next time.
  }
}
