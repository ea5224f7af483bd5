package io.rollcall.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A kustomize output: its documents as JSON trees, with lookups by kind and name. */
record Manifests(List<JsonNode> documents) {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Manifests parse(String yamlStream) {
    List<JsonNode> docs = new ArrayList<>();
    try (JsonParser parser = YAML.getFactory().createParser(yamlStream)) {
      var values = YAML.readValues(parser, JsonNode.class);
      while (values.hasNext()) {
        JsonNode doc = values.next();
        if (doc != null && !doc.isNull() && !doc.isEmpty()) {
          docs.add(doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Manifests(List.copyOf(docs));
  }

  static Manifests ofOverlay(String name) {
    return parse(Kustomize.build(DeployPaths.overlay(name)));
  }

  Stream<JsonNode> ofKind(String kind) {
    return documents.stream().filter(d -> kind.equals(d.path("kind").asText()));
  }

  Optional<JsonNode> find(String kind, String name) {
    return ofKind(kind).filter(d -> name.equals(name(d))).findFirst();
  }

  JsonNode get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in the overlay"));
  }

  static String name(JsonNode doc) {
    return doc.path("metadata").path("name").asText();
  }

  static String describe(JsonNode doc) {
    return doc.path("apiVersion").asText() + " " + doc.path("kind").asText() + " " + name(doc);
  }
}
