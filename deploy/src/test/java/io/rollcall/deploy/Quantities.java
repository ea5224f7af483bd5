package io.rollcall.deploy;

import java.math.BigDecimal;
import java.util.Map;

/** Kubernetes resource quantities, enough to compare requests with limits. */
final class Quantities {
  private static final Map<String, Long> BINARY =
      Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "Ti", 1L << 40);
  private static final Map<String, Long> DECIMAL =
      Map.of("k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L, "T", 1_000_000_000_000L);

  private Quantities() {}

  static long bytes(String q) {
    for (var e : BINARY.entrySet()) {
      if (q.endsWith(e.getKey())) {
        return new BigDecimal(q.substring(0, q.length() - 2))
            .multiply(BigDecimal.valueOf(e.getValue()))
            .longValueExact();
      }
    }
    for (var e : DECIMAL.entrySet()) {
      if (q.endsWith(e.getKey())) {
        return new BigDecimal(q.substring(0, q.length() - 1))
            .multiply(BigDecimal.valueOf(e.getValue()))
            .longValueExact();
      }
    }
    return new BigDecimal(q).longValueExact();
  }

  static long millicores(String q) {
    if (q.endsWith("m")) {
      return Long.parseLong(q.substring(0, q.length() - 1));
    }
    return new BigDecimal(q).multiply(BigDecimal.valueOf(1000)).longValueExact();
  }
}
