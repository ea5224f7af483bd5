package io.rollcall.support.deadletter;

import io.rollcall.events.Topics;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@code ./rollcall redrive}: re-drives dead-lettered messages to their source topics (see {@link
 * DeadLetterRedrive}).
 *
 * <pre>
 * RedriveCommand --bootstrap-servers host:port [--dead-letter-topic T]... [--topic SOURCE]
 *                [--partition P] [--from-offset A] [--to-offset B] [--dry-run]
 * </pre>
 *
 * Without {@code --dead-letter-topic}, both of Rollcall's dead-letter topics are read. Exit code 0
 * when it worked (also when nothing was selected), 2 on a usage error, 1 on a Kafka failure.
 */
public final class RedriveCommand {

  /** Rollcall's dead-letter topics, read when none is named. */
  static final List<String> DEAD_LETTER_TOPICS =
      List.of(Topics.IDENTITY_DEAD_LETTER, Topics.ATTENDANCE_DEAD_LETTER);

  /** Parsed command line. */
  record Options(
      String bootstrapServers, List<String> deadLetterTopics, Selection selection, boolean dryRun) {

    /**
     * @throws IllegalArgumentException on an unknown option, a missing value or a bad number
     */
    static Options parse(String... args) {
      String bootstrap = null;
      List<String> topics = new ArrayList<>();
      String source = null;
      OptionalInt partition = OptionalInt.empty();
      OptionalLong from = OptionalLong.empty();
      OptionalLong to = OptionalLong.empty();
      boolean dryRun = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--bootstrap-servers" -> bootstrap = value(args, ++i, arg);
          case "--dead-letter-topic" -> topics.add(value(args, ++i, arg));
          case "--topic" -> source = value(args, ++i, arg);
          case "--partition" -> partition = OptionalInt.of(number(value(args, ++i, arg), arg));
          case "--from-offset" -> from = OptionalLong.of(number(value(args, ++i, arg), arg));
          case "--to-offset" -> to = OptionalLong.of(number(value(args, ++i, arg), arg));
          case "--dry-run" -> dryRun = true;
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (bootstrap == null) {
        throw new IllegalArgumentException("--bootstrap-servers is required");
      }
      if (from.isPresent() && to.isPresent() && from.getAsLong() > to.getAsLong()) {
        throw new IllegalArgumentException("--from-offset is after --to-offset");
      }
      return new Options(
          bootstrap,
          topics.isEmpty() ? DEAD_LETTER_TOPICS : List.copyOf(topics),
          new Selection(source, partition, from, to),
          dryRun);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int number(String value, String option) {
      try {
        return Math.toIntExact(Long.parseLong(value));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException(option + " needs a number, not " + value);
      }
    }
  }

  private RedriveCommand() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  static int run(PrintStream out, PrintStream err, String... args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("redrive: " + e.getMessage());
      return 2;
    }
    DeadLetterRedrive redrive = new DeadLetterRedrive(options.bootstrapServers());
    try {
      int total = 0;
      for (String topic : options.deadLetterTopics()) {
        for (DeadLetterRedrive.Redriven r :
            redrive.redrive(topic, options.selection(), options.dryRun())) {
          out.printf(
              "%s %s -> %s partition %d offset %d (dead-lettered: %s)%n",
              options.dryRun() ? "would re-drive" : "re-drove",
              r.deadLetter(),
              r.origin().topic(),
              r.origin().partition(),
              r.origin().offset(),
              r.reason());
          total++;
        }
      }
      out.printf("%d message(s) %s%n", total, options.dryRun() ? "selected" : "re-driven");
      return 0;
    } catch (RuntimeException e) {
      err.println(
          "redrive failed (Kafka at " + options.bootstrapServers() + "): " + e.getMessage());
      return 1;
    }
  }
}
