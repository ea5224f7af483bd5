package io.rollcall.meeting.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.http.HttpClient;
import java.time.Clock;

/** Beans of plain JDK types shared by the service. */
@ApplicationScoped
public class ClientProducers {

  @Produces
  @ApplicationScoped
  HttpClient zoomHttpClient(MeetingConfig config) {
    return HttpClient.newBuilder()
        .connectTimeout(config.zoom().connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
