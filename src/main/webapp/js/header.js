// <broer-header> and <broer-footer>: the shared frame of every page.
// Light DOM, so the one stylesheet applies. They are built once and then only
// re-labelled on a language switch, so keyboard focus stays on the button pressed.
import { h } from './dom.js';
import { LANGUAGES, LANGUAGE_CHANGE, currentLanguage, setLanguage, t } from './i18n.js';

const page = () => location.pathname.split('/').pop() || 'index.html';

class BroerHeader extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.buildOnce();
    this.relabel();
    document.addEventListener(LANGUAGE_CHANGE, () => this.relabel());
  }

  buildOnce() {
    this.catalogueLink = h('a', { href: 'index.html' });
    this.nav = h('nav', { class: 'site-nav' }, h('ul', {}, h('li', {}, this.catalogueLink)));
    this.languageButtons = LANGUAGES.map(({ code, name }) => h('button', {
      type: 'button',
      class: 'lang-switch__button',
      'data-lang': code,
      lang: code,
      onclick: () => setLanguage(code),
    }, name));
    this.languageGroup = h('div', { class: 'lang-switch', role: 'group' }, this.languageButtons);
    this.siteName = h('a', { class: 'site-name', href: 'index.html' },
      h('img', { src: 'favicon.svg', alt: '', width: 32, height: 32 }),
      h('span', { class: 'site-name__text' }));
    this.replaceChildren(h('header', { class: 'site-header' },
      h('div', { class: 'wrap site-header__inner' }, this.siteName, this.languageGroup, this.nav)));
  }

  relabel() {
    this.siteName.querySelector('.site-name__text').textContent = t('site.name');
    this.catalogueLink.textContent = t('nav.catalogue');
    this.nav.setAttribute('aria-label', t('nav.label'));
    this.languageGroup.setAttribute('aria-label', t('lang.label'));
    const onCatalogue = ['index.html', ''].includes(page());
    if (onCatalogue) this.catalogueLink.setAttribute('aria-current', 'page');
    for (const button of this.languageButtons) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === currentLanguage()));
    }
  }
}

class BroerFooter extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.about = h('p', { class: 'site-footer__about' });
    this.statementLink = h('a', { href: 'accessibility.html' });
    if (page() === 'accessibility.html') this.statementLink.setAttribute('aria-current', 'page');
    this.replaceChildren(h('footer', { class: 'site-footer' },
      h('div', { class: 'wrap' }, this.about, h('p', {}, this.statementLink))));
    this.relabel();
    document.addEventListener(LANGUAGE_CHANGE, () => this.relabel());
  }

  relabel() {
    this.about.textContent = t('footer.about');
    this.statementLink.textContent = t('footer.accessibility');
  }
}

/** Called once the messages are loaded, so the elements upgrade with text to show. */
export function defineLayout() {
  if (!customElements.get('broer-header')) customElements.define('broer-header', BroerHeader);
  if (!customElements.get('broer-footer')) customElements.define('broer-footer', BroerFooter);
}
