package io.rollcall.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PipelineBenchmark's settings, from {@code --name value} pairs (benchmarks/pipeline-benchmark.sh
 * maps its environment variables onto them).
 *
 * @param pids component → pid of the local stack (CPU and RSS); empty for a remote stack
 * @param concurrency webhooks in flight during a storm
 * @param pollMs the shortest interval between two attendance polls of one instance
 * @param timeoutSeconds how long after the last accepted webhook a window waits for visibility
 * @param manyWarmUpSeconds seconds of unmeasured many-meetings load at the first rate before the
 *     ladder (the many-meetings code paths and the new instances' state warm up); 0 for none
 * @param warmUpStorm people in an unmeasured storm before the first scenario; 0 for none
 * @param jfrDirectory where JFR recordings go; null: no recording
 */
record PipelineOptions(
    String ingestUrl,
    String attendanceUrl,
    String meetingUrl,
    String kafka,
    String secret,
    String apiKey,
    Map<String, Long> pids,
    Set<String> scenarios,
    List<Integer> stormSizes,
    List<Integer> steadyPeople,
    int steadyRate,
    int steadySeconds,
    int manyMeetings,
    int manyPeople,
    List<Integer> manyRates,
    int manySeconds,
    int manyWarmUpSeconds,
    int probeMeetings,
    boolean manyStopOnMiss,
    int concurrency,
    long pollMs,
    int timeoutSeconds,
    int warmUpStorm,
    Path jfrDirectory) {

  static PipelineOptions parse(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    for (String required : List.of("secret", "api-key")) {
      if (!o.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    return new PipelineOptions(
        o.getOrDefault("ingest-url", "http://127.0.0.1:8081/zoom/webhooks"),
        o.getOrDefault("attendance-url", "http://127.0.0.1:8083"),
        o.getOrDefault("meeting-url", "http://127.0.0.1:8084"),
        o.getOrDefault("kafka", "127.0.0.1:9092"),
        o.get("secret"),
        o.get("api-key"),
        pids(o.getOrDefault("pids", "")),
        Set.copyOf(Arrays.asList(o.getOrDefault("scenarios", "storm,steady,many").split(","))),
        ints(o.getOrDefault("storm-sizes", "100,1000,4999,10000")),
        ints(o.getOrDefault("steady-people", "2000")),
        Integer.parseInt(o.getOrDefault("steady-rate", "50")),
        Integer.parseInt(o.getOrDefault("steady-seconds", "60")),
        Integer.parseInt(o.getOrDefault("many-meetings", "100")),
        Integer.parseInt(o.getOrDefault("many-people", "100")),
        ints(o.getOrDefault("many-rates", "100,250,500,1000,2000")),
        Integer.parseInt(o.getOrDefault("many-seconds", "30")),
        Integer.parseInt(o.getOrDefault("many-warm-up-seconds", "15")),
        Integer.parseInt(o.getOrDefault("probe-meetings", "10")),
        Boolean.parseBoolean(o.getOrDefault("many-stop-on-miss", "true")),
        Integer.parseInt(o.getOrDefault("concurrency", "16")),
        Long.parseLong(o.getOrDefault("poll-ms", "150")),
        Integer.parseInt(o.getOrDefault("timeout-seconds", "300")),
        Integer.parseInt(o.getOrDefault("warm-up-storm", "300")),
        o.containsKey("jfr-dir") && !o.get("jfr-dir").isBlank() ? Path.of(o.get("jfr-dir")) : null);
  }

  boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }

  private static Map<String, Long> pids(String csv) {
    Map<String, Long> pids = new LinkedHashMap<>();
    for (String pair : csv.split(",")) {
      String[] kv = pair.split("=");
      if (kv.length == 2 && !kv[1].isBlank()) {
        pids.put(kv[0].trim(), Long.valueOf(kv[1].trim()));
      }
    }
    return pids;
  }
}
