package dev.servicelevel.spark;

import org.apache.spark.sql.SparkSession;

/** The local session of a test class: two cores, no UI, few shuffle partitions. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("sla-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
