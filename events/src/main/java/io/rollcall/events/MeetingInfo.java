package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A scheduled meeting and the identity-relevant settings Zoom actually applied.
 *
 * @param meetingId Zoom meeting number
 * @param hostId the host's Zoom user id
 * @param hostEmail the host's email
 * @param topic meeting topic
 * @param type Zoom meeting type (2 scheduled, 8 recurring with fixed time, ...)
 * @param startTime scheduled start
 * @param registrationRequired true when Zoom requires registration (approval_type 0 or 1)
 * @param meetingAuthentication only authenticated Zoom users may join
 * @param waitingRoom waiting room on
 * @param joinBeforeHost participants may join before the host
 * @param allowMultipleDevices one registrant may join from several devices at once
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingInfo(
    String meetingId,
    String hostId,
    String hostEmail,
    String topic,
    Integer type,
    Instant startTime,
    boolean registrationRequired,
    boolean meetingAuthentication,
    boolean waitingRoom,
    boolean joinBeforeHost,
    boolean allowMultipleDevices) {}
