package dev.servicelevel.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** A small java.net.http client of a server on the loopback interface, for the tests. */
final class Http {

  final HttpClient client;
  final int port;

  Http(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(60));
  }

  Response get(String path, String... headers) {
    HttpRequest.Builder b = request(path).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  Response post(String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b =
        request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  Response send(HttpRequest request) {
    try {
      return new Response(client.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, headers and body, with the body as JSON on demand. */
  static final class Response {
    final HttpResponse<String> raw;

    Response(HttpResponse<String> raw) {
      this.raw = raw;
    }

    int status() {
      return raw.statusCode();
    }

    String body() {
      return raw.body();
    }

    String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    JsonNode json() {
      return Json.MAPPER.readTree(raw.body());
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + contentType() + " " + raw.body();
    }
  }
}
