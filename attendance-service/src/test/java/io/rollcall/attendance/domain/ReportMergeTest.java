package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
import io.rollcall.events.EvidenceSource;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Merging Zoom's participants report into a connection (docs/events.md, "Reconciliation and manual
 * corrections"): a report join only without a webhook join, a report leave only without a webhook
 * leave, the same result in any order and however often an event comes.
 */
class ReportMergeTest {

  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static final Identity ANA =
      new Identity(
          "s-1", LinkRole.INVITEE, "Ana", null, ResolutionMethod.REGISTRANT, Confidence.EXACT);

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private static ParticipantEvent event(
      EvidenceSource source, ParticipantAction action, int seconds, String name) {
    boolean report = source == EvidenceSource.REPORT;
    String id = (report ? "pe:report:row:" : "pe:hook:") + action + ":" + seconds;
    return new ParticipantEvent(
        1,
        id,
        id,
        "1",
        "i",
        report ? ParticipantEvent.REPORT_ZOOM_EVENT : action.zoomEvent(),
        action,
        at(seconds),
        "u:1",
        new ZoomParticipant("1", "P-1", name, null, null, null, null, null),
        action == ParticipantAction.LEFT && !report ? "left the meeting" : null,
        null,
        null,
        ANA,
        List.of(),
        1,
        null,
        source,
        null);
  }

  private static ParticipantEvent webhook(ParticipantAction action, int seconds) {
    return event(EvidenceSource.WEBHOOK, action, seconds, "Ana laptop");
  }

  private static ParticipantEvent report(ParticipantAction action, int seconds) {
    return event(EvidenceSource.REPORT, action, seconds, "Ana Lopez");
  }

  private static ConnectionState apply(List<ParticipantEvent> events) {
    ConnectionState state = ConnectionState.empty("u:1");
    for (ParticipantEvent e : events) {
      state = state.with(e);
    }
    return state;
  }

  private static Attendee attendee(ConnectionState state, Instant endedAt) {
    return AttendanceCalculator.attendee(
            "ref:s-1", List.of(state.facts(List.of())), endedAt, at(7200))
        .orElseThrow();
  }

  @Test
  void reportJoinWithoutAWebhookJoinAddsTheSessionFlaggedFromReport() {
    ConnectionState state =
        apply(List.of(report(ParticipantAction.JOINED, 120), report(ParticipantAction.LEFT, 1800)));

    ConnectionFacts facts = state.facts(List.of());
    assertThat(facts.joinedAt()).isEqualTo(at(120));
    assertThat(facts.leftAt()).isEqualTo(at(1800));
    assertThat(facts.reportedName()).isEqualTo("Ana Lopez");
    assertThat(facts.flags()).containsExactly(Flag.FROM_REPORT);
    assertThat(state.addedFromReport()).isTrue();
    assertThat(state.leaveFromReport()).isFalse();
    Attendee ana = attendee(state, at(3600));
    assertThat(ana.attendedSeconds()).isEqualTo(1680);
    assertThat(ana.flags()).containsExactly(Flag.FROM_REPORT);
    assertThat(ana.sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.connectionId()).isEqualTo("u:1");
              assertThat(s.flags()).containsExactly(Flag.FROM_REPORT);
            });
  }

  @Test
  void openSessionTakesTheReportLeaveFlaggedLeaveFromReport() {
    ConnectionState state =
        apply(
            List.of(
                webhook(ParticipantAction.JOINED, 120),
                report(ParticipantAction.JOINED, 118),
                report(ParticipantAction.LEFT, 2400)));

    ConnectionFacts facts = state.facts(List.of());
    assertThat(facts.joinedAt()).isEqualTo(at(120)); // the webhook's join wins
    assertThat(facts.leftAt()).isEqualTo(at(2400));
    assertThat(facts.leaveReason()).isNull();
    assertThat(facts.reportedName()).isEqualTo("Ana laptop");
    assertThat(facts.flags()).containsExactly(Flag.LEAVE_FROM_REPORT);
    Attendee live = attendee(state, null);
    assertThat(live.lastLeave()).isEqualTo(at(2400));
    assertThat(live.attendedSeconds()).isEqualTo(2280);
  }

  @Test
  void sessionClosedOnlyByTheMeetingsEndTakesTheReportLeave() {
    ConnectionState webhooksOnly = apply(List.of(webhook(ParticipantAction.JOINED, 120)));
    assertThat(attendee(webhooksOnly, at(3600)).sessions().get(0).leaveReason())
        .isEqualTo(Session.MEETING_ENDED);

    ConnectionState reconciled = webhooksOnly.with(report(ParticipantAction.LEFT, 2400));

    Attendee ana = attendee(reconciled, at(3600));
    assertThat(ana.sessions().get(0).leftAt()).isEqualTo(at(2400));
    assertThat(ana.sessions().get(0).leaveReason()).isNull();
    assertThat(ana.attendedSeconds()).isEqualTo(2280);
    assertThat(ana.flags()).containsExactly(Flag.LEAVE_FROM_REPORT);
    assertThat(reconciled.leaveFromReport()).isTrue();
  }

  @Test
  void aWebhookLeaveIsKeptAndTheReportIgnored() {
    ConnectionState state =
        apply(
            List.of(
                report(ParticipantAction.JOINED, 60),
                report(ParticipantAction.LEFT, 2700),
                webhook(ParticipantAction.JOINED, 120),
                webhook(ParticipantAction.LEFT, 1800)));

    ConnectionFacts facts = state.facts(List.of());
    assertThat(facts.joinedAt()).isEqualTo(at(120));
    assertThat(facts.leftAt()).isEqualTo(at(1800));
    assertThat(facts.leaveReason()).isEqualTo("left the meeting");
    assertThat(facts.flags()).isEmpty();
    Attendee ana = attendee(state, at(3600));
    assertThat(ana.sessions()).hasSize(1);
    assertThat(ana.attendedSeconds()).isEqualTo(1680);
  }

  @Test
  void theSameReportEventTwiceChangesNothing() {
    ConnectionState once =
        apply(List.of(webhook(ParticipantAction.JOINED, 120), report(ParticipantAction.LEFT, 900)));

    assertThat(once.with(report(ParticipantAction.LEFT, 900))).isEqualTo(once);
    assertThat(
            once.with(report(ParticipantAction.JOINED, 100))
                .with(report(ParticipantAction.JOINED, 100)))
        .isEqualTo(once.with(report(ParticipantAction.JOINED, 100)));
  }

  @Test
  void aLateWebhookJoinTakesTheSessionBackFromTheReport() {
    ConnectionState fromReport =
        apply(List.of(report(ParticipantAction.JOINED, 60), report(ParticipantAction.LEFT, 600)));
    ConnectionState withWebhook = fromReport.with(webhook(ParticipantAction.JOINED, 62));

    assertThat(withWebhook.addedFromReport()).isFalse();
    assertThat(withWebhook.leaveFromReport()).isTrue();
    assertThat(withWebhook.facts(List.of()).flags()).containsExactly(Flag.LEAVE_FROM_REPORT);
  }

  /**
   * Random connections (webhook join and leave each lost or not, a report row with times a few
   * seconds off, duplicates), every event list shuffled many times: the state does not depend on
   * order, and the attendance equals the old calculation's (webhooks only) over the webhooks with
   * the report's join and leave standing in for the lost ones.
   */
  @Test
  void anyInterleavingOfReportAndWebhooksGivesTheOldCalculationWithTheReportFillingTheGaps() {
    Random random = new Random(15);
    for (int scenario = 0; scenario < 300; scenario++) {
      int join = random.nextInt(1800);
      int leave = join + 1 + random.nextInt(3600);
      boolean webhookJoin = random.nextBoolean();
      boolean webhookLeave = random.nextBoolean();
      boolean reportRow = random.nextInt(5) > 0;
      int skew = random.nextInt(5) - 2; // the report's clock is seconds off the webhooks'
      List<ParticipantEvent> events = new ArrayList<>();
      List<ParticipantEvent> oracleEvents = new ArrayList<>();
      if (webhookJoin) {
        events.add(webhook(ParticipantAction.JOINED, join));
        oracleEvents.add(webhook(ParticipantAction.JOINED, join));
      }
      if (webhookLeave) {
        events.add(webhook(ParticipantAction.LEFT, leave));
        oracleEvents.add(webhook(ParticipantAction.LEFT, leave));
      }
      if (reportRow) {
        events.add(report(ParticipantAction.JOINED, join + skew));
        events.add(report(ParticipantAction.LEFT, leave + skew));
        if (!webhookJoin) {
          oracleEvents.add(webhook(ParticipantAction.JOINED, join + skew));
        }
        if (!webhookLeave) {
          ParticipantEvent stand = webhook(ParticipantAction.LEFT, leave + skew);
          oracleEvents.add(withoutReason(stand));
        }
      }
      if (!events.isEmpty()) {
        events.add(events.get(random.nextInt(events.size()))); // a redelivery
      }
      ConnectionState expected = apply(events);
      for (int order = 0; order < 10; order++) {
        List<ParticipantEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        assertThat(apply(shuffled)).isEqualTo(expected);
      }
      assertSameAttendance(expected, apply(oracleEvents));
    }
  }

  private static ParticipantEvent withoutReason(ParticipantEvent e) {
    return new ParticipantEvent(
        e.schemaVersion(),
        e.eventId(),
        e.sourceDedupKey(),
        e.meetingId(),
        e.instanceUuid(),
        e.zoomEvent(),
        e.action(),
        e.occurredAt(),
        e.connectionId(),
        e.participant(),
        null,
        null,
        null,
        e.identity(),
        e.flags(),
        e.revision(),
        null,
        e.source(),
        null);
  }

  private static void assertSameAttendance(ConnectionState merged, ConnectionState oracle) {
    for (Instant endedAt : new Instant[] {null, at(7000)}) {
      var actual =
          AttendanceCalculator.attendee("k", List.of(merged.facts(List.of())), endedAt, at(7100));
      var old =
          AttendanceCalculator.attendee("k", List.of(oracle.facts(List.of())), endedAt, at(7100));
      assertThat(actual.isPresent()).isEqualTo(old.isPresent());
      if (actual.isPresent()) {
        Attendee a = actual.get();
        Attendee o = old.get();
        assertThat(a.attendedSeconds()).isEqualTo(o.attendedSeconds());
        assertThat(a.firstJoin()).isEqualTo(o.firstJoin());
        assertThat(a.lastLeave()).isEqualTo(o.lastLeave());
        assertThat(a.sessions()).hasSameSizeAs(o.sessions());
        assertThat(a.sessions().get(0).leftAt()).isEqualTo(o.sessions().get(0).leftAt());
      }
    }
  }
}
