// Pieces the staff pages share.
import { t } from './i18n.js';

export const STAFF_ROLES = ['trainer', 'coordinator', 'assessor', 'admin', 'organisation-contact'];

export const roleLabel = (code) => t(`role.${code}`);

/** A date and time in Copenhagen time, whatever the reader's device says. */
export function copenhagenTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}
