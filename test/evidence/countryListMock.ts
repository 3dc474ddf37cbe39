/**
 * TEMPORARY until branch `history` is merged: what the evidence layer reads of `tradepath/history`, with the
 * countries these tests use (names and codes as in the COW country list).
 */
const known = [
  { cow: 2, cowAbb: 'USA', iso3: 'USA', isoNumeric: 840, name: 'United States' },
  { cow: 20, cowAbb: 'CAN', iso3: 'CAN', isoNumeric: 124, name: 'Canada' },
  { cow: 31, cowAbb: 'BHM', iso3: 'BHS', isoNumeric: 44, name: 'Bahamas' },
  { cow: 373, cowAbb: 'AZE', iso3: 'AZE', isoNumeric: 31, name: 'Azerbaijan' },
  { cow: 630, cowAbb: 'IRN', iso3: 'IRN', isoNumeric: 364, name: 'Iran' },
  { cow: 640, cowAbb: 'TUR', iso3: 'TUR', isoNumeric: 792, name: 'Turkey' },
  { cow: 710, cowAbb: 'CHN', iso3: 'CHN', isoNumeric: 156, name: 'China' },
];

export const mockHistory = {
  loadHistory: async () => ({
    findCountry: (q: string | number) =>
      known.find((c) => c.iso3 === q) ?? known.find((c) => c.cow === q) ?? known.find((c) => c.name === q),
    countries: () => known,
  }),
};
