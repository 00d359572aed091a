import { singleFigureForHeadOfHousehold } from "../peer-head-of-household";
import type { PeerState } from "../peer-vector-rows";

/**
 * Colorado, 2021: no state certificate (DR 0004 came in 2022), so the DR 1098 worksheet takes its
 * annual allowance from the federal W-4's status: $8,000 married filing jointly, $4,000 every other
 * status. The peer's allowance column has no Colorado meaning.
 */
export const peerStates: PeerState[] = [
  {
    state: "CO",
    certificate: () => ({}),
    // The peer has no Colorado schedule for its code 40 and withholds nothing whatever the wages. The
    // worksheet gives every status but married filing jointly the same $4,000 allowance and rate, so
    // head of household withholds what the peer's own Single row for the same wages does.
    peerWrong: singleFigureForHeadOfHousehold(
      "Colorado DR 1098 (2021): every W-4 status other than married filing jointly takes the $4,000 allowance, so head of household withholds as Single",
    ),
    inexpressibleRows: 0,
    peerWrongRows: 40,
  },
];
