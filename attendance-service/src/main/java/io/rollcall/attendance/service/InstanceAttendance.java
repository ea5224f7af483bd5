package io.rollcall.attendance.service;

import io.rollcall.attendance.domain.Attendee;
import io.rollcall.attendance.domain.MeetingInstance;
import java.util.List;

/** One instance with its attendees. */
public record InstanceAttendance(MeetingInstance instance, List<Attendee> attendees) {}
