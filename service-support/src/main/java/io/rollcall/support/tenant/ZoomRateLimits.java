package io.rollcall.support.tenant;

/**
 * A Zoom account's per-second API rate limits by API class. Zoom sets them per account, by plan
 * (Free 4 / 2 / 1, Pro 30 / 20 / 10, Business+ 80 / 60 / 40 requests per second for light / medium
 * / heavy; ZOOM-FACTS §3.7, Zoom's "Rate limits" page), shared by every app on the account.
 *
 * @param light light-class requests per second; 0 or less: not paced
 * @param medium medium-class requests per second; 0 or less: not paced
 * @param heavy heavy-class requests per second; 0 or less: not paced
 */
public record ZoomRateLimits(double light, double medium, double heavy) {

  public ZoomRateLimits {
    if (Double.isNaN(light) || Double.isNaN(medium) || Double.isNaN(heavy)) {
      throw new IllegalArgumentException("rate limits must be numbers");
    }
  }
}
