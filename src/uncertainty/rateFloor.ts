/** The floor of any simulated growth rate: a draw below −99 % is set to −99 % (DESIGN: volatility). */
export const RATE_FLOOR = -0.99;
