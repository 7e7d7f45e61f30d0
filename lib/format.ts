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
