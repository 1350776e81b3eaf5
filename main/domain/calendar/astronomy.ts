/**
 * The two astronomical events a lunisolar calendar is built from: new moons and the
 * Sun's apparent longitude (solar terms). Formulas after J. Meeus, "Astronomical
 * Algorithms" (2nd ed.): chapter 49 (phases of the Moon, full periodic terms, a few
 * seconds of accuracy), chapter 25 (low-accuracy solar coordinates, about 0.01°) and
 * the Espenak–Meeus polynomials for ΔT. Instants are Julian Days in Universal Time.
 *
 * Accuracy matters because a month starts on the civil day of the new moon: a new moon
 * a few minutes before or after midnight in Vietnam moves a month, sometimes Tết.
 */

const degrees = Math.PI / 180;
const sinDeg = (angle: number) => Math.sin(angle * degrees);

/** Julian Day of the Unix epoch, 1970-01-01 00:00 UT. */
export const unixEpochJulianDay = 2440587.5;

/** The k-th new moon counted from the one of 2000-01-06 (k = 0); k may be negative. */
export function newMoonJulianDay(k: number): number {
  const jde = newMoonEphemerisDay(k);
  return jde - deltaTSeconds(decimalYearOfJulianDay(jde)) / 86_400;
}

/** Meeus 49.1 with the periodic and planetary corrections, in Terrestrial Time. */
export function newMoonEphemerisDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  // Earth's orbital eccentricity factor, the Sun's and the Moon's mean anomalies,
  // the Moon's argument of latitude and the longitude of its ascending node.
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mm = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  const periodic =
    -0.4072 * sinDeg(mm) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mm) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mm - m) -
    0.00514 * e * sinDeg(mm + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mm - 2 * f) -
    0.00057 * sinDeg(mm + 2 * f) +
    0.00056 * e * sinDeg(2 * mm + m) -
    0.00042 * sinDeg(3 * mm) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mm - m) -
    0.00017 * sinDeg(node) -
    0.00007 * sinDeg(mm + 2 * m) +
    0.00004 * sinDeg(2 * mm - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mm + m - 2 * f) +
    0.00003 * sinDeg(2 * mm + 2 * f) -
    0.00003 * sinDeg(mm + m + 2 * f) +
    0.00003 * sinDeg(mm - m + 2 * f) -
    0.00002 * sinDeg(mm - m - 2 * f) -
    0.00002 * sinDeg(3 * mm + m) +
    0.00002 * sinDeg(4 * mm);

  // A1 is the only planetary argument with a t² term; the others are linear in k.
  const a1 = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2);
  const planetary = planetaryArguments.reduce((sum, [amplitude, base, rate]) => sum + amplitude * sinDeg(base + rate * k), a1);

  return mean + periodic + planetary;
}

/** Meeus chapter 49, arguments A2–A14: [amplitude in days, A at k = 0 in degrees, degrees per lunation]. */
const planetaryArguments: ReadonlyArray<readonly [number, number, number]> = [
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** The index k of the last new moon at or before a Julian Day (UT). */
export function newMoonIndexAtOrBefore(julianDay: number): number {
  let k = Math.floor((julianDay - 2451550.09766) / 29.530588861);
  while (newMoonJulianDay(k + 1) <= julianDay) k += 1;
  while (newMoonJulianDay(k) > julianDay) k -= 1;
  return k;
}

/** The Sun's apparent geocentric longitude in degrees [0, 360) at a Julian Day (UT). */
export function sunApparentLongitude(julianDayUt: number): number {
  const jde = julianDayUt + deltaTSeconds(decimalYearOfJulianDay(julianDayUt)) / 86_400;
  const t = (jde - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const equationOfCentre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly);
  // Nutation and aberration turn the true longitude into the apparent one.
  const node = 125.04 - 1934.136 * t;
  const apparent = meanLongitude + equationOfCentre - 0.00569 - 0.00478 * sinDeg(node);
  return ((apparent % 360) + 360) % 360;
}

function decimalYearOfJulianDay(julianDay: number): number {
  return 2000 + (julianDay - 2451544.5) / 365.2425;
}

/**
 * ΔT = TT − UT in seconds (Espenak & Meeus, NASA eclipse pages). Past values are
 * measured; after today they are extrapolations, which is the main uncertainty of
 * the calendar far in the future (a few minutes by 2199).
 */
export function deltaTSeconds(year: number): number {
  if (year < 1860) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}
