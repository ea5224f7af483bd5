package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * An operator's manual assignment in force on a connection, shown beside the evidence it overrides
 * (see {@link Identity#assignment()}).
 *
 * @param assignedBy who: the id of the API key that made it ({@code key:<first 12 hex digits of the
 *     key's SHA-256>}, never the key), or the token's subject
 * @param reason the operator's reason, as given
 * @param assignedAt when the operator made it (UTC)
 * @param evidence what the evidence ladder decides on its own for the connection now (method {@code
 *     none} when it resolves no one)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Assignment(String assignedBy, String reason, Instant assignedAt, Identity evidence) {}
