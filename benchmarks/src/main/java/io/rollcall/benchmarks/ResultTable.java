package io.rollcall.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row, columns sized to their widest cell (Markdown-shaped). */
final class ResultTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  ResultTable(String... header) {
    this.header = List.of(header);
  }

  void add(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(String.valueOf(c));
    }
    rows.add(row);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(out, rule, widths);
    rows.forEach(r -> line(out, r, widths));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < widths.length; i++) {
      out.append(' ').append(String.format("%-" + widths[i] + "s", cells.get(i))).append(" |");
    }
    out.append('\n');
  }

  /** Seconds with 3 decimals, from nanoseconds. */
  static String seconds(long nanos) {
    return String.format("%.3f", nanos / 1e9);
  }

  /** A number with 2 decimals, or "n/a" for NaN. */
  static String twoDecimals(double value) {
    return Double.isNaN(value) ? "n/a" : String.format("%.2f", value);
  }
}
