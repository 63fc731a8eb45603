/** Shown whenever a salt is made or stored. */
export const SALT_WARNING = [
  'KEEP THIS FILE SAFE AND PRIVATE. It holds the secret salt of your identity commitment.',
  'Without it you cannot prove that the commitment on chain is yours, so you cannot be paid for a claim.',
  'Nobody can recover it for you: Lashou never sends it anywhere. Back it up offline (e.g. printed or on a USB key).',
  'Anyone who gets it together with your ID number can link your membership to you.',
].join('\n');
