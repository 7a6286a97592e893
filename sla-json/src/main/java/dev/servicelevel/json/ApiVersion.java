package dev.servicelevel.json;

/**
 * The versions of servicelevel's data formats.
 *
 * <p>Every agreement document starts with {@code apiVersion: servicelevel.dev/v1}.
 */
public final class ApiVersion {

  /** The agreement document format this release reads and writes: {@value}. */
  public static final String V1 = "servicelevel.dev/v1";

  private ApiVersion() {}
}
