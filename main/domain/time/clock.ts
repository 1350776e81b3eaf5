/**
 * The one source of "now". Services, sync and the station receive a Clock; domain
 * functions never read time themselves, they are handed instants. Tests pass a
 * clock they move by hand, so nothing ever sleeps waiting for time to pass.
 */
export interface Clock {
  now(): Date;
}
