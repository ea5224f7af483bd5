package io.rollcall.identity.messaging;

import io.rollcall.identity.repository.LinkRepository;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Rebuilds the registry from the compacted links topic when the database has no links (a fresh or
 * wiped database), even if the consumer group already committed offsets.
 */
@ApplicationScoped
@Identifier("registry-rebuild")
public class RegistryRebuildListener implements KafkaConsumerRebalanceListener {
  private static final Logger LOG = Logger.getLogger(RegistryRebuildListener.class);

  private final LinkRepository links;

  public RegistryRebuildListener(LinkRepository links) {
    this.links = links;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    if (!partitions.isEmpty() && links.isEmpty()) {
      LOG.infof("link registry is empty: reading %s from the beginning", partitions);
      consumer.seekToBeginning(partitions);
    }
  }
}
