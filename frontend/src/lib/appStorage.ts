import { browserStorage } from './storage';

/** The app's one storage: tokens, the chosen organisation and coalition, the language. */
export const storage = browserStorage();
