// How numbers read on screen and in exports: one place, through Intl.NumberFormat in the user's locale, for
// decimals, percentages, units and money.

/** The locale numbers are written in when the user's own is not known. */
export const defaultNumberLocale = 'en-GB';

// Building an Intl.NumberFormat is far slower than using one: one per locale and style, made once. The key is
// the style's name (a currency's code for money): pages format hundreds of numbers each.
const styles = {
  decimal: { maximumFractionDigits: 2 },
  oneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  wholePercent: { style: 'percent', maximumFractionDigits: 0 },
  finePercent: { style: 'percent', maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, style: keyof typeof styles | { currency: string }): Intl.NumberFormat {
  const key = typeof style === 'string' ? `${locale}|${style}` : `${locale}|currency|${style.currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      typeof style === 'string' ? styles[style] : { style: 'currency', currency: style.currency };
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** At most two decimals and no trailing zeros, grouped as the locale groups: "4", "2.5", "1,480", "1.480,5". */
export function formatNumber(value: number, locale: string = defaultNumberLocale): string {
  return numberFormat(locale, 'decimal').format(value);
}

/** One decimal, always shown, for ratings and index contributions that are compared side by side: 4.0, 3.5. */
export function oneDecimal(value: number, locale: string = defaultNumberLocale): string {
  return numberFormat(locale, 'oneDecimal').format(value);
}

/** A share from 0 to 1 as a whole percentage, as the locale writes it: 0.5 → "50%" (en), "50 %" (de, fr). */
export function percent(fraction: number, locale: string = defaultNumberLocale): string {
  return numberFormat(locale, 'wholePercent').format(fraction);
}

/**
 * A value followed by its unit, when it has one: "2 courses", "1,480 €", "4". A "%" unit is written as the
 * locale writes percentages ("25%", "25 %"), so a goal in percent reads like every other percentage.
 */
export function withUnit(value: number, unit: string | null | undefined, locale: string = defaultNumberLocale): string {
  if (unit?.trim() === '%') return numberFormat(locale, 'finePercent').format(value / 100);
  return unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale);
}

/** A label naming the unit of the values under it, when they have one: "Value (courses)", "Value". */
export function labelWithUnit(label: string, unit: string | null | undefined): string {
  return unit ? `${label} (${unit})` : label;
}

/** An amount in its own currency, written as the user's locale writes it: "€85,000", "85.000 €", "¥9,000,000". */
export function formatMoney(amount: number, currency: string, locale: string = defaultNumberLocale): string {
  return numberFormat(locale, { currency }).format(amount);
}

/** A change of an amount with its sign: "+€5,000", "−€1,200". */
export function formatMoneyChange(change: number, currency: string, locale: string = defaultNumberLocale): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatMoney(Math.abs(change), currency, locale)}`;
}

/** The first locale of an Accept-Language header this runtime can format with; the default otherwise. */
export function numberLocaleOf(acceptLanguage: string | null | undefined): string {
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
  return defaultNumberLocale;
}
