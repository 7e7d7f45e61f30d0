// The locale the signed-in user's browser asks for, for writing numbers, percentages and money as they read them.
import 'server-only';
import { headers } from 'next/headers';
import { numberLocaleOf } from '@/lib/format';

export async function requestNumberLocale(): Promise<string> {
  return numberLocaleOf((await headers()).get('accept-language'));
}
