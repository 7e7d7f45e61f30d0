// How the Reminders form names days and hours, apart from its schema so the browser's form does not load zod.

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "16:00", as the hour is shown in the form and the preview. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
