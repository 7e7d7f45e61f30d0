export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/** Button looks (`.btn` in app/globals.css), shared by buttons and links styled as buttons (server or client). */
export function buttonClasses(variant: ButtonVariant = 'primary', extra = '') {
  return extra ? `btn btn-${variant} ${extra}` : `btn btn-${variant}`;
}
