// The locale the signed-in user's browser asks for, for writing amounts of money as they read them.
import 'server-only';
import { headers } from 'next/headers';
import { moneyLocaleOf } from '@/lib/format';

export async function requestMoneyLocale(): Promise<string> {
  return moneyLocaleOf((await headers()).get('accept-language'));
}
