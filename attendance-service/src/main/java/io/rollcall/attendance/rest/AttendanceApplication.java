package io.rollcall.attendance.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI description: every endpoint needs an API key as a bearer token. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rollcall attendance-service",
            version = "0.1.0",
            description = "Who attended which Zoom meeting instance, per person, live."),
    security = @SecurityRequirement(name = AttendanceApplication.API_KEY))
@SecurityScheme(
    securitySchemeName = AttendanceApplication.API_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "One of the keys in ROLLCALL_API_KEYS")
public class AttendanceApplication extends Application {
  static final String API_KEY = "api_key";
}
