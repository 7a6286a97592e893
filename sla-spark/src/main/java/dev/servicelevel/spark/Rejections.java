package dev.servicelevel.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The rejected rows of a job: how many, and the first ones in their natural order, at most a
 * fixed number; which are kept depends only on the rows, so merging is associative and
 * commutative. Encoded as plain data (count, then kind, agreement, record and message of each
 * row kept), never with Java serialization.
 */
final class Rejections {

  private final int limit;
  private final TreeSet<RejectedRow> kept = new TreeSet<>();
  private long count;

  Rejections(int limit) {
    this.limit = limit;
  }

  void add(RejectedRow row) {
    count++;
    keep(row);
  }

  private void keep(RejectedRow row) {
    if (limit == 0) {
      return;
    }
    kept.add(row);
    if (kept.size() > limit) {
      kept.pollLast();
    }
  }

  Rejections merge(Rejections other) {
    count += other.count;
    other.kept.forEach(this::keep);
    return this;
  }

  long count() {
    return count;
  }

  List<RejectedRow> rows() {
    return List.copyOf(kept);
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(count);
      out.writeInt(kept.size());
      for (RejectedRow r : kept) {
        out.writeByte(r.kind().ordinal());
        writeText(out, r.agreementId());
        writeText(out, r.recordId());
        writeText(out, r.message());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Rejections fromBytes(byte[] bytes, int offset, int limit) {
    Rejections r = new Rejections(limit);
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset))) {
      long count = in.readLong();
      int n = in.readInt();
      List<RejectedRow> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        RejectedRow.Kind kind = RejectedRow.Kind.values()[in.readByte()];
        rows.add(RejectedRow.decoded(kind, readText(in), readText(in), readText(in)));
      }
      rows.forEach(r::keep);
      r.count = count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
  }
}
