// How numbers read on screen and in exports: one place for decimals, percentages and units.

/** At most two decimals and no trailing zeros: 4, 2.5, 0.33. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** One decimal, always shown, for ratings and index contributions that are compared side by side: 4.0, 3.5. */
export function oneDecimal(value: number): string {
  return value.toFixed(1);
}

/** A share from 0 to 1 as a whole percentage: 0.5 → "50%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A value followed by its unit, when it has one: "2 courses", "25 %", "4". */
export function withUnit(value: number, unit: string | null | undefined): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A label naming the unit of the values under it, when they have one: "Value (courses)", "Value". */
export function labelWithUnit(label: string, unit: string | null | undefined): string {
  return unit ? `${label} (${unit})` : label;
}

// Building an Intl.NumberFormat is far slower than using one: one per locale and currency, made once.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** The locale money is written in when the user's own is not known. */
export const defaultMoneyLocale = 'en-GB';

/** An amount in its own currency, written as the user's locale writes it: "€85,000", "85.000 €", "¥9,000,000". */
export function formatMoney(amount: number, currency: string, locale: string = defaultMoneyLocale): string {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

/** A change of an amount with its sign: "+€5,000", "−€1,200". */
export function formatMoneyChange(change: number, currency: string, locale: string = defaultMoneyLocale): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatMoney(Math.abs(change), currency, locale)}`;
}

/** The first locale of an Accept-Language header this runtime can format with; the default otherwise. */
export function moneyLocaleOf(acceptLanguage: string | null | undefined): string {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim();
    if (!tag || tag === '*') continue;
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // A malformed tag from the client: try the next one.
    }
  }
  return defaultMoneyLocale;
}
