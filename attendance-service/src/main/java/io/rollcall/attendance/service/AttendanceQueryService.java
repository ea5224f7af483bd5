package io.rollcall.attendance.service;

import io.rollcall.attendance.domain.AttendanceCalculator;
import io.rollcall.attendance.domain.Attendee;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.WebinarRoles;
import io.rollcall.attendance.repository.ConnectionRepository;
import io.rollcall.attendance.repository.MeetingInstanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Answers attendance queries from the projection, each for one tenant: another tenant's meeting,
 * instance or person is not found, exactly like an unknown one.
 */
@ApplicationScoped
public class AttendanceQueryService {

  private final MeetingInstanceRepository instances;
  private final ConnectionRepository connections;
  private final Clock clock;

  public AttendanceQueryService(
      MeetingInstanceRepository instances, ConnectionRepository connections, Clock clock) {
    this.instances = instances;
    this.connections = connections;
    this.clock = clock;
  }

  /** The tenant's meeting's instances, newest first. */
  public List<MeetingInstance> instances(String tenant, String meetingId) {
    List<MeetingInstance> found = instances.newestFirst(tenant, meetingId);
    if (found.isEmpty()) {
      throw new NotFoundException("no instance of meeting " + meetingId + " has been seen");
    }
    return found;
  }

  /** One instance's attendance; the latest instance when {@code instanceUuid} is null. */
  public InstanceAttendance attendance(String tenant, String meetingId, String instanceUuid) {
    MeetingInstance instance =
        instanceUuid == null
            ? instances(tenant, meetingId).get(0)
            : instances
                .byUuid(tenant, instanceUuid)
                .filter(i -> i.meetingId().equals(meetingId))
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "meeting " + meetingId + " has no instance " + instanceUuid));
    return new InstanceAttendance(instance, attendees(instance));
  }

  /**
   * One person of the tenant: their attendance in every instance they joined that started within
   * [from, to).
   */
  public List<InstanceAttendance> person(String tenant, String ref, Instant from, Instant to) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidParameterException("'from' must be before 'to'");
    }
    List<MeetingInstance> attended = instances.ofPerson(tenant, ref, from, to);
    if (attended.isEmpty() && instances.ofPerson(tenant, ref, null, null).isEmpty()) {
      throw new NotFoundException("no attendance recorded for person " + ref);
    }
    Instant now = clock.instant();
    String key = "ref:" + ref;
    return attended.stream()
        .map(
            i ->
                new InstanceAttendance(
                    i,
                    WebinarRoles.apply(
                        i,
                        AttendanceCalculator.attendee(
                                key,
                                connections.ofAttendee(i.instanceUuid(), key),
                                i.endedAt(),
                                now)
                            .stream()
                            .toList())))
        .filter(a -> !a.attendees().isEmpty())
        .toList();
  }

  private List<Attendee> attendees(MeetingInstance instance) {
    return WebinarRoles.apply(
        instance,
        AttendanceCalculator.attendees(
            connections.ofInstance(instance.instanceUuid()), instance.endedAt(), clock.instant()));
  }
}
