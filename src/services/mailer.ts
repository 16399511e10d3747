// Outgoing e-mail through SMTP (CONFIDANT_SMTP_URL). Used only for notices that carry no client content —
// "an urgent concern awaits you" and a link — so a message in transit or in a mailbox reveals nothing about
// a client. Without a configured URL there is no mailer (in-app notifications still happen). nodemailer (~15 MB)
// is imported on the first message, not at start-up.
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

const transports = new Map<string, Transporter>();

/** The mailer for this configuration, or null when SMTP is not configured. */
export function mailerFor(config: Pick<Config, 'smtpUrl' | 'publicUrl'>): Mailer | null {
  const url = config.smtpUrl;
  if (!url) return null;
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost';
  const from = `Confidant <no-reply@${host}>`;
  return {
    async send(mail: Mail): Promise<void> {
      const transport = await transportFor(url);
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

async function transportFor(url: string): Promise<Transporter> {
  let t = transports.get(url);
  if (!t) {
    const nodemailer = (await import('nodemailer')).default;
    // Short timeouts: a dead mail server must not tie up the process; the escalation is already recorded.
    t = transports.get(url) ?? nodemailer.createTransport(url, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 } as never);
    transports.set(url, t);
  }
  return t;
}

/** Closes cached SMTP connections (tests; shutdown). */
export function closeMailers(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
