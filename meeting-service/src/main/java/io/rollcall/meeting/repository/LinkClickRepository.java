package io.rollcall.meeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Table {@code link_click}; used through {@link LinkRepository}. */
@ApplicationScoped
public class LinkClickRepository implements PanacheRepository<LinkClickEntity> {}
