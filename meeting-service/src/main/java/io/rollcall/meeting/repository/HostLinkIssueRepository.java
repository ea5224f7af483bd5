package io.rollcall.meeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Table {@code host_link_issue}; used through {@link MeetingRepository}. */
@ApplicationScoped
public class HostLinkIssueRepository implements PanacheRepository<HostLinkIssueEntity> {}
