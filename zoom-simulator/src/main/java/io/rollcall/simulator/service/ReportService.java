package io.rollcall.simulator.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.Connection;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.MeetingInstance;
import io.rollcall.simulator.domain.MeetingRef;
import io.rollcall.simulator.domain.ParticipantFields;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Post-meeting data: one record per connection that reached the meeting (a rejoin is a separate
 * record with its own user_id, so duration is per connection, not per person), whether or not its
 * webhooks were delivered (quirk {@code loss_rate} loses webhooks, never report rows).
 */
@ApplicationScoped
public class ReportService {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SimState state;

  public ReportService(SimState state) {
    this.state = state;
  }

  /**
   * GET /report/meetings/{meetingId}/participants (Zoom's "Get meeting participant reports",
   * ZOOM-FACTS §3.6): {@code page_size} default 30, at most 300; {@code next_page_token} valid 15
   * minutes; {@code registrant_id} only with {@code include_fields=registrant_id}.
   *
   * @throws ZoomApiException 404/3001 for an unknown or running instance, another account's, and an
   *     ended one whose report is not ready yet (quirk {@code report_not_ready_calls})
   */
  public ObjectNode reportParticipants(
      String accountId, String rawRef, Integer pageSize, String pageToken, String includeFields) {
    MeetingInstance instance = endedInstance(accountId, rawRef);
    Integer notReady = state.quirksFor(instance.meeting()).reportNotReadyCalls();
    if (!instance.reportReadyAfterCall(notReady == null ? 0 : notReady)) {
      throw ZoomApiException.meetingNotFound(instance.uuid());
    }
    boolean withRegistrant = includeFields != null && includeFields.contains("registrant_id");
    List<ObjectNode> records = new ArrayList<>();
    for (Connection c : reached(instance)) {
      ParticipantFields f = c.fields();
      ObjectNode r = JSON.objectNode();
      r.put("id", f.id());
      r.put("user_id", f.userId());
      r.put("participant_user_id", f.id());
      r.put("name", f.userName());
      r.put("user_email", f.email());
      r.put("join_time", ZoomTime.format(c.joinTime()));
      r.put("leave_time", ZoomTime.format(c.leaveTime()));
      r.put("duration", seconds(c));
      r.put("failover", false);
      r.put("status", "in_meeting");
      r.put("bo_mtg_id", c.inBreakoutRoom() ? c.breakoutRoomUuid() : "");
      r.put("customer_key", f.customerKey());
      if (withRegistrant) {
        r.put("registrant_id", f.registrantId());
      }
      records.add(r);
    }
    return Pages.page(records, pageSize, pageToken, "participants", state.clock().now());
  }

  /** GET /past_meetings/{meetingId}/participants. */
  public ObjectNode pastParticipants(
      String accountId, String rawRef, Integer pageSize, String pageToken) {
    MeetingInstance instance = endedInstance(accountId, rawRef);
    List<ObjectNode> records = new ArrayList<>();
    for (Connection c : reached(instance)) {
      ParticipantFields f = c.fields();
      ObjectNode r = JSON.objectNode();
      r.put("id", f.id());
      r.put("name", f.userName());
      r.put("user_id", f.userId());
      r.put("registrant_id", f.registrantId());
      r.put("user_email", f.email());
      r.put("join_time", ZoomTime.format(c.joinTime()));
      r.put("leave_time", ZoomTime.format(c.leaveTime()));
      r.put("duration", seconds(c));
      r.put("failover", false);
      r.put("status", "in_meeting");
      r.put("internal_user", f.internal());
      records.add(r);
    }
    return Pages.page(records, pageSize, pageToken, "participants", state.clock().now());
  }

  /** GET /past_meetings/{meetingId}/instances: the uuids of ended instances. */
  public ObjectNode instances(String accountId, String meetingId) {
    Meeting meeting = state.meeting(meetingId, accountId);
    ObjectNode out = JSON.objectNode();
    var list = out.putArray("meetings");
    synchronized (meeting) {
      meeting.instances().stream()
          .filter(MeetingInstance::ended)
          .sorted(Comparator.comparing(MeetingInstance::startTime).reversed())
          .forEach(
              i ->
                  list.addObject()
                      .put("uuid", i.uuid())
                      .put("start_time", ZoomTime.format(i.startTime())));
    }
    return out;
  }

  /**
   * A meeting number means its latest ended instance; a uuid means that instance. Either must be of
   * a meeting of {@code accountId}.
   */
  private MeetingInstance endedInstance(String accountId, String rawRef) {
    MeetingRef ref = MeetingRef.parse(rawRef);
    if (ref.number() != null) {
      Meeting meeting = state.meeting(ref.number().toString(), accountId);
      synchronized (meeting) {
        return meeting.instances().stream()
            .filter(MeetingInstance::ended)
            .max(Comparator.comparing(MeetingInstance::endTime))
            .orElseThrow(() -> ZoomApiException.meetingNotFound(ref.number()));
      }
    }
    for (Meeting meeting : state.meetings()) {
      if (!meeting.accountId().equals(accountId)) {
        continue;
      }
      synchronized (meeting) {
        for (MeetingInstance i : meeting.instances()) {
          if (i.uuid().equals(ref.uuid()) && i.ended()) {
            return i;
          }
        }
      }
    }
    throw ZoomApiException.meetingNotFound(ref.uuid());
  }

  private static List<Connection> reached(MeetingInstance instance) {
    return instance.connections().stream().filter(Connection::reachedMeeting).toList();
  }

  private static long seconds(Connection c) {
    return c.leaveTime() == null ? 0 : Duration.between(c.joinTime(), c.leaveTime()).toSeconds();
  }
}
