// The reminder mails: the weekly update, a certification's renewal, a goal's target date. Each links
// straight to the page that acts on it and ends with how to stop it. Names and titles are the user's own
// text: the `html` template escapes them, and renderEmail keeps the subject on one line.
import 'server-only';
import { dateLabel, weekLabel, type IsoDate } from '@/lib/dates/calendar';
import type { RenewalStep } from '@/lib/reminders/due-reminders';
import { html, type SafeHtml } from './html';
import type { EmailTemplate } from './render-email';

type Common = { name: string | null; actionUrl: string; unsubscribeUrl: string };

const greeting = (name: string | null) => (name ? `Hello ${name},` : 'Hello,');

function button(url: string, label: string): SafeHtml {
  return html`<p style="margin:0 0 16px;">
    <a
      href="${url}"
      style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600;"
      >${label}</a
    >
  </p>`;
}

function footer(what: string, unsubscribeUrl: string): { text: string; html: SafeHtml } {
  return {
    text: `You get this because you turned on ${what} in Trajectory's Settings. Stop these emails: ${unsubscribeUrl}`,
    html: html`<p style="margin:16px 0 0;font-size:13px;color:#52525b;">
      You get this because you turned on ${what} in Trajectory's Settings.
      <a href="${unsubscribeUrl}" style="color:#52525b;">Stop these emails</a>.
    </p>`,
  };
}

export const weeklyReminderEmail: EmailTemplate<Common & { weekStart: IsoDate }> = (data) => {
  const week = weekLabel(data.weekStart);
  const end = footer('weekly update reminders', data.unsubscribeUrl);
  return {
    subject: `Your weekly update for ${week} is waiting`,
    text: [
      greeting(data.name),
      `This week's update (${week}) is not done yet. A few minutes now keeps your goals and your streak honest.`,
      `Write it: ${data.actionUrl}`,
      end.text,
    ].join('\n\n'),
    html: html`<p style="margin:0 0 16px;">${greeting(data.name)}</p>
      <p style="margin:0 0 16px;">
        This week's update (${week}) is not done yet. A few minutes now keeps your goals and your streak honest.
      </p>
      ${button(data.actionUrl, 'Write this week’s update')}${end.html}`,
  };
};

export const certificationRenewalEmail: EmailTemplate<
  Common & { certificationName: string; expiresOn: IsoDate; daysBefore: RenewalStep }
> = (data) => {
  const expires = dateLabel(data.expiresOn);
  const end = footer('certification renewal reminders', data.unsubscribeUrl);
  return {
    subject: `${data.certificationName} expires in ${data.daysBefore} days`,
    text: [
      greeting(data.name),
      `Your certification "${data.certificationName}" expires on ${expires}, in ${data.daysBefore} days. Plan its renewal, or record the new expiry date once renewed.`,
      `Open it: ${data.actionUrl}`,
      end.text,
    ].join('\n\n'),
    html: html`<p style="margin:0 0 16px;">${greeting(data.name)}</p>
      <p style="margin:0 0 16px;">
        Your certification <strong>${data.certificationName}</strong> expires on ${expires}, in ${data.daysBefore} days.
        Plan its renewal, or record the new expiry date once renewed.
      </p>
      ${button(data.actionUrl, 'Open the certification')}${end.html}`,
  };
};

export const goalTargetEmail: EmailTemplate<Common & { goalTitle: string; targetDate: IsoDate }> = (data) => {
  const target = dateLabel(data.targetDate);
  const end = footer('goal target date reminders', data.unsubscribeUrl);
  return {
    subject: `A week to go: ${data.goalTitle}`,
    text: [
      greeting(data.name),
      `Your goal "${data.goalTitle}" has its target date on ${target}, a week from today. Time for a last push, or to move the date.`,
      `Open the goal: ${data.actionUrl}`,
      end.text,
    ].join('\n\n'),
    html: html`<p style="margin:0 0 16px;">${greeting(data.name)}</p>
      <p style="margin:0 0 16px;">
        Your goal <strong>${data.goalTitle}</strong> has its target date on ${target}, a week from today. Time for a
        last push, or to move the date.
      </p>
      ${button(data.actionUrl, 'Open the goal')}${end.html}`,
  };
};
