import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, nl } from './messages';
import { storage } from '../lib/appStorage';
import { initialLocale, isLocale, rememberLocale, type Locale } from './locale';

export function applyDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLocale(storage),
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyDocumentLanguage(initialLocale(storage));

i18n.on('languageChanged', (lng) => {
  if (isLocale(lng)) {
    rememberLocale(storage, lng);
    applyDocumentLanguage(lng);
  }
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'nl';
}

export default i18n;
