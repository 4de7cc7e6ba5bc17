/**
 * Makes `$localize` speak the page's language before any of the application's code runs: main.ts
 * imports this module first, and ES modules run in import order, so every template and every
 * constant of the app is translated as it loads. French is the source language: nothing to load.
 * The English is bundled with the app rather than fetched, so that no reader waits for a second
 * round trip before the first screen (it weighs about a sixth of the initial JavaScript).
 */
import { loadTranslations } from '@angular/localize';
import { ENGLISH } from '../../../locale/en';
import { storedLanguage } from './page-language';

const language = storedLanguage();
document.documentElement.lang = language;
if (language === 'en') loadTranslations(ENGLISH);
