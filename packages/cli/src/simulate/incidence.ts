// Critical-illness incidence by age band: the default table, and how an annual rate becomes a per-epoch probability.
//
// DEFAULT RATES — SOURCE AND STATUS (CANCER ONLY, NOT ALL CRITICAL ILLNESS)
// Source: U.S. Cancer Statistics Working Group (Centers for Disease Control and Prevention and National Cancer
// Institute), "United States Cancer Statistics – Incidence: 1999–2017", CDC WONDER Online Database, U.S. Department
// of Health and Human Services, 2020 (http://wonder.cdc.gov/cancer-v2017.html). Query: all cancer sites combined, all
// races, both sexes, United States, grouped by year and 5-year age group; column "Crude Rate" (new cases per 100,000
// persons per year), diagnosis year 2017 (the latest year of that release).
// Where each figure was read: a verbatim CDC WONDER export of that query (query date Oct 6, 2021, with WONDER's own
// citation, query parameters and caveats at its foot), kept in the surveil R package repository:
//   https://github.com/ConnorDonegan/surveil/blob/ced1183593dc25fbd0059e451d725c30622d73a5/data-raw/cancer-incidence.txt
//   (rows `"2017" "2017" "<age> years" "<age>" <Count> <Population> <Crude Rate>`, e.g.
//   `"2017" "2017" "30-34 years" "30-34" 21224 21938443 96.7`). The package documents the data set as "Annual cancer
//   cases (all sites) by age group for the United States" (https://rdrr.io/cran/surveil/man/cancer.html); the
//   export's listed query parameters (group by year and age group, rates per 100,000) set no site, race, sex or
//   state filter, which is WONDER's all-sites, all-races, both-sexes, whole-U.S. default.
// Every band below was read from that export: 19 of 19. Each crude rate was re-checked as Count / Population × 100,000
// (all agree to 0.1). Not done: re-running the query on CDC WONDER itself (no live access when this was written) —
// a check against wonder.cdc.gov before quoting results is still advisable. The bands are WONDER's age groups, so no
// figure is interpolated or merged.
// Cross-check (another source, not used in the table): NCI, SEER Cancer Statistics Review 1975–2018 (Howlader N,
// Noone AM, Krapcho M, et al., eds., Bethesda, MD, April 2021), Table 3.17, "All Malignant Cancers", incidence
// 2009–2018, all races, both sexes: 15–19: 24.4, 20–24: 39.1, 25–29: 64.4 per 100,000
// (https://seer.cancer.gov/archive/csr/1975_2018/browse_csr.php?pageSEL=sect_03_table.17&sectionSEL=3). Those SEER
// registries and years differ from USCS 2017 (22.9, 36.3, 59.3), which may explain the 6–9 % gap; that table
// belongs to the adolescent-and-young-adult section (ages from 15), so it cannot supply a whole table.
// NOT A CHINESE SOURCE. Lashou's members are in China; the preferred defaults would be the China Association of
// Actuaries' 中国人身保险业重大疾病经验发生率表（2020）(CI2020, all critical illness, by sex and single age) or the National
// Cancer Center's age-specific rates (Zheng R, et al., "Cancer incidence and mortality in China, 2016", Journal of
// the National Cancer Center 2022;2(1):1–9). Neither's age-specific figures could be read from the sources available
// when this was written, so neither is used. U.S. and Chinese all-cancer rates differ by age (press summaries of
// Zheng et al. 2022 report Chinese rates peaking at 80–84, women's above men's at 20–49): treat this table as a
// stand-in until a Chinese table replaces it.
// Cancer is the largest part of critical-illness claims but not all of them (heart attack, stroke, end-stage kidney
// disease, …), so these rates UNDERSTATE critical-illness incidence; `scaleIncidence` raises them. The one share found:
// malignant tumours were 72 % of China Life's critical-illness claims in the first half of 2020, heart disease 8 %
// and cerebrovascular disease 2 % (China Life claims data as reported by 财联社 / Cailian Press, read at
// http://cj.fishfx.cn/gupiao/232259.html: "恶性肿瘤仍是目前影响人们身体健康的重大疾病,其占比高达72%,其次是心脏病和
// 脑血管疾病,占比分别为8%和2%"). Read as a share of claims, that gives a scale of about 1 / 0.72 ≈ 1.39; it is one
// insurer's half-year, insured (underwritten) lives and Chinese definitions, not a population rate.
//
// | age band | per 100,000 / year | read from (USCS 2017 crude rate, export row) |
// |---|---:|---|
// | 0 (<1) |     25.8 | "<1 year"     1006 / 3893945   |
// | 1–4    |     21.8 | "1-4 years"   3490 / 15998022  |
// | 5–9    |     12.7 | "5-9 years"   2570 / 20304937  |
// | 10–14  |     15.0 | "10-14 years" 3120 / 20765794  |
// | 15–19  |     22.9 | "15-19 years" 4830 / 21103332  |
// | 20–24  |     36.3 | "20-24 years" 8000 / 22065664  |
// | 25–29  |     59.3 | "25-29 years" 13837 / 23336175 |
// | 30–34  |     96.7 | "30-34 years" 21224 / 21938443 |
// | 35–39  |    148.6 | "35-39 years" 31496 / 21190454 |
// | 40–44  |    244.6 | "40-44 years" 47920 / 19590752 |
// | 45–49  |    380.8 | "45-49 years" 79650 / 20916186 |
// | 50–54  |    592.9 | "50-54 years" 126564 / 21347575 |
// | 55–59  |    865.9 | "55-59 years" 190146 / 21959910 |
// | 60–64  |  1,207.6 | "60-64 years" 240811 / 19942009 |
// | 65–69  |  1,652.1 | "65-69 years" 277607 / 16803000 |
// | 70–74  |  1,957.9 | "70-74 years" 251194 / 12829683 |
// | 75–79  |  2,189.1 | "75-79 years" 191124 / 8730528  |
// | 80–84  |  2,250.7 | "80-84 years" 134148 / 5960298  |
// | 85+    |  1,994.1 | "85+ years"   129027 / 6470414  |
// A rate per 100,000 person-years is used as the annual probability (rate / 100,000); at these sizes (≤ 2.3 %) the
// difference from 1 − e^(−rate) is below 1.2 % of the value.

/** Seconds in a (Julian) year: the unit of every annual rate. */
export const YEAR_SECONDS = 31_557_600;

/** Annual incidence by age band: band `i` covers ages `[lowerAges[i], lowerAges[i + 1])`, the last one open-ended. */
export type AgeBandIncidence = {
  /** Lower age of each band, ascending, the first one 0. */
  lowerAges: readonly number[];
  /** Probability of a first diagnosis within one year, per band (0 … 1). */
  annualRates: readonly number[];
  /** Where the rates come from (shown in reports). */
  source: string;
};

/** The default table (see the header of this file for its source, where each band was read, and its limits). */
export const DEFAULT_INCIDENCE: AgeBandIncidence = {
  lowerAges: [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85],
  annualRates: [
    25.8, 21.8, 12.7, 15.0, 22.9, 36.3, 59.3, 96.7, 148.6, 244.6, 380.8, 592.9, 865.9, 1207.6, 1652.1, 1957.9, 2189.1, 2250.7,
    1994.1,
  ].map((perHundredThousand) => perHundredThousand / 100_000),
  source: 'U.S. Cancer Statistics (CDC/NCI) via CDC WONDER, incidence 2017, all cancer sites, all races, both sexes, crude rate by 5-year age group; cancer only, not all critical illness',
};

/** One rate for every age: the closed-form cases of the tests. */
export function flatIncidence(annualRate: number): AgeBandIncidence {
  return { lowerAges: [0], annualRates: [annualRate], source: `flat ${annualRate} per year` };
}

/** The same table with every rate multiplied by `factor` (capped at 1). */
export function scaleIncidence(table: AgeBandIncidence, factor: number): AgeBandIncidence {
  if (!(factor >= 0) || !Number.isFinite(factor)) throw new RangeError(`incidence scale must be a finite number ≥ 0, got ${factor}`);
  return { ...table, annualRates: table.annualRates.map((rate) => Math.min(1, rate * factor)), source: `${table.source} × ${factor}` };
}

/** Checks a table and says what is wrong with it. */
export function validateIncidence(table: AgeBandIncidence): void {
  const { lowerAges, annualRates } = table;
  if (lowerAges.length === 0 || lowerAges.length !== annualRates.length) {
    throw new RangeError(`incidence table: ${lowerAges.length} age bands but ${annualRates.length} rates; give one rate per band`);
  }
  if (lowerAges[0] !== 0) throw new RangeError(`incidence table: the first band must start at age 0, not ${lowerAges[0]}`);
  for (let i = 1; i < lowerAges.length; i++) {
    if (!(lowerAges[i]! > lowerAges[i - 1]!)) throw new RangeError(`incidence table: band lower ages must ascend (${lowerAges[i - 1]} then ${lowerAges[i]})`);
  }
  annualRates.forEach((rate, i) => {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`incidence table: the rate of the band from age ${lowerAges[i]} must be a probability in [0, 1], got ${rate}`);
  });
}

/** The probability of a diagnosis within `seconds`, from an annual probability (constant hazard). */
export function periodProbability(annualRate: number, seconds: number): number {
  if (annualRate >= 1) return 1;
  return -Math.expm1(Math.log1p(-annualRate) * (seconds / YEAR_SECONDS));
}

/** A lookup from whole years of age (0 … 120) to band index. */
export function bandLookup(table: AgeBandIncidence): Uint8Array {
  const lookup = new Uint8Array(121);
  let band = 0;
  for (let age = 0; age <= 120; age++) {
    while (band + 1 < table.lowerAges.length && age >= table.lowerAges[band + 1]!) band++;
    lookup[age] = band;
  }
  return lookup;
}
