/** One word and one symbol per stance, readable without colour; the page's colours (Okabe–Ito) are distinguishable by colour-blind readers. */
export const STANCES: Record<string, { label: string; symbol: string }> = {
  SUPPORTS: { label: 'Supports', symbol: '+' },
  OPPOSES: { label: 'Opposes', symbol: '−' },
  CONDITIONAL: { label: 'Conditional', symbol: '±' },
  NEUTRAL: { label: 'Neutral', symbol: '0' },
};
