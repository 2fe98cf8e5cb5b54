// The shared frame (header, menu, footer) arrives rendered by the server, in the
// page's language and with the menu the reader's roles allow, so nothing moves
// when this runs. It only wires the frame's buttons: the language switch and
// "sign out". Its texts carry data-i18n and are re-translated on a switch.
import { LANGUAGE_CHANGE, currentLanguage, setLanguage } from './i18n.js';
import { deleteJson } from './api.js';

function pressCurrentLanguage() {
  for (const button of document.querySelectorAll('.lang-switch__button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === currentLanguage()));
  }
}

export function enhanceFrame() {
  for (const button of document.querySelectorAll('.lang-switch__button')) {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  }
  document.addEventListener(LANGUAGE_CHANGE, pressCurrentLanguage);
  pressCurrentLanguage();
  for (const button of document.querySelectorAll('[data-sign-out]')) {
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await deleteJson('api/session');
      } finally {
        // A fresh page: the menu and whatever was shown belong to the next person.
        location.assign('index.html');
      }
    });
  }
}
