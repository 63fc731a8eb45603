import type { Epoch } from '../../api/schemas';

/** One settled epoch as the dashboard's charts and their tables show it (amounts stay bigint; `*Units` are for axes only). */
export type EpochPoint = {
  epoch: bigint;
  members: number;
  share: bigint;
  paid: bigint;
  claimsPaid: number;
  shareUnits: number;
  paidUnits: number;
};

/** A base-unit amount in whole tokens, as a plotting number (never used for a figure shown as text). */
export function toUnits(value: bigint, decimals: number): number {
  const base = 10n ** BigInt(decimals);
  return Number(value / base) + Number(value % base) / Number(base);
}

/** Settled epochs, oldest first, with the share each member paid and what the settlement paid out for claims. */
export function epochSeries(epochs: readonly Epoch[], decimals: number): EpochPoint[] {
  return epochs
    .filter((e) => e.settled)
    .sort((a, b) => (a.epoch < b.epoch ? -1 : a.epoch > b.epoch ? 1 : 0))
    .map((e) => {
      // `collected` is what the settlement paid out; the rounding dust went to the reserve (`reserveAdded`).
      const paid = e.collected;
      return {
        epoch: e.epoch,
        members: e.members,
        share: e.share,
        paid,
        claimsPaid: e.claimIds.length,
        shareUnits: toUnits(e.share, decimals),
        paidUnits: toUnits(paid, decimals),
      };
    });
}
