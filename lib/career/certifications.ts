import { addDays, type IsoDate } from '@/lib/dates/calendar';

export type CertificationState = 'valid' | 'expiring' | 'expired';

export const expiringWithinDays = 90;

/** Valid, expiring within 90 days, or expired (on its expiry date it is no longer valid). */
export function certificationState(expiresOn: IsoDate | null, today: IsoDate): CertificationState {
  if (expiresOn === null) return 'valid';
  if (expiresOn <= today) return 'expired';
  if (expiresOn <= addDays(today, expiringWithinDays)) return 'expiring';
  return 'valid';
}

export const certificationStateLabels: Record<CertificationState, string> = {
  valid: 'Valid',
  expiring: 'Expiring soon',
  expired: 'Expired',
};
