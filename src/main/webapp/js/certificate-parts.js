// Certificates on the learner's page and the cohort's certificates page: the
// download links in both languages and the status line, drawn the same way.
import { h } from './dom.js';
import { segment } from './api.js';
import { t } from './i18n.js';
import { day } from './learner-parts.js';

/** "Download (dansk)" and "Download (English)": the PDF in either language, whatever the page's. */
export function pdfLinks(base, code) {
  return h('p', { class: 'actions', 'data-pdf-links': code },
    ['da', 'en'].map((lang) => h('a', {
      class: lang === 'da' ? 'button' : 'button button--secondary',
      href: `${base}/${segment(code)}/pdf?lang=${lang}`, 'data-pdf': lang, hreflang: lang,
    }, t(`certificate.download.${lang}`))));
}

/** The signed credential (Open Badges 3.0) to download, in either language. */
export function credentialLinks(base, code) {
  return h('p', { class: 'actions', 'data-credential-links': code },
    ['da', 'en'].map((lang) => h('a', {
      class: 'button button--secondary', href: `${base}/${segment(code)}/credential?lang=${lang}`, download: '',
      'data-credential': lang, hreflang: lang,
    }, t(`credential.download.${lang}`))));
}

/** Valid, superseded (by a corrected one) or revoked, with the date and any public reason. */
export function statusLine(certificate) {
  if (certificate.status === 'revoked') {
    return h('p', { class: 'certificate-status certificate-status--revoked', 'data-status': 'revoked' },
      t('certificate.revokedOn', { date: day(certificate.revokedOn) }),
      certificate.publicReason ? ` ${t('certificate.publicReason', { reason: certificate.publicReason })}` : '');
  }
  if (certificate.status === 'superseded') {
    return h('p', { class: 'certificate-status', 'data-status': 'superseded' }, t('certificate.superseded'));
  }
  return h('p', { class: 'certificate-status certificate-status--valid', 'data-status': 'valid' },
    t('certificate.issuedOn', { date: day(certificate.issuedOn) }));
}

/** The holder's name as printed, or — after an erasure at their request — a neutral line instead. */
export const holderErased = (certificate) => Boolean(certificate?.holderErased) && !certificate.holderName;

export function holderName(certificate, fallback = '') {
  if (holderErased(certificate)) return h('span', { class: 'meta', 'data-holder-erased': '' }, t('certificate.holderErased'));
  return certificate?.holderName ?? fallback;
}

export function verifyLink(certificate) {
  return h('a', { href: `verify/${segment(certificate.code)}`, 'data-verify-link': '' },
    t('certificate.verifyLink', { code: certificate.code }));
}
