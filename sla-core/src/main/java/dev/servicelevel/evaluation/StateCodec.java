package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of an accumulator state's tree: the magic bytes {@code SLAS}, the format
 * version as a varint, then the root map, each value a tag byte and its content. Whole numbers
 * are zigzag varints; strings (keys and values) are written once and referred to by number
 * afterwards; decimals are their scale and unscaled two's-complement bytes; instants their
 * epoch second and nanosecond. Deterministic: one tree gives one byte sequence.
 *
 * <p>Reading is total: every length and count is bounded by the bytes remaining, nesting by
 * {@link #MAX_DEPTH}, and every problem is an {@link AccumulatorStateException}.
 */
final class StateCodec {

  static final byte[] MAGIC = {'S', 'L', 'A', 'S'};
  static final int MAX_DEPTH = 16;
  /** Bytes of a decimal's unscaled value: far more than any bounded decimal needs (16). */
  static final int MAX_UNSCALED_BYTES = 64;
  /** The largest scale magnitude read; the tree's rules bound it further. */
  static final int MAX_SCALE = 1000;

  private static final int FALSE = 0;
  private static final int TRUE = 1;
  private static final int LONG = 2;
  private static final int STRING = 3;
  private static final int DECIMAL = 4;
  private static final int INSTANT = 5;
  private static final int LIST = 6;
  private static final int MAP = 7;

  private StateCodec() {}

  // ---- writing ----

  static byte[] write(Map<String, Object> root) {
    Writer w = new Writer();
    w.out.write(MAGIC, 0, MAGIC.length);
    w.varint(AccumulatorState.FORMAT_VERSION);
    w.value(root);
    return w.out.toByteArray();
  }

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    final Map<String, Integer> strings = new HashMap<>();

    void varint(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }

    void zigzag(long v) {
      varint((v << 1) ^ (v >> 63));
    }

    void string(String s) {
      Integer ref = strings.get(s);
      if (ref != null) {
        varint(ref);
        return;
      }
      varint(0);
      strings.put(s, strings.size() + 1);
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      out.write(b, 0, b.length);
    }

    void value(Object v) {
      if (v instanceof Boolean) {
        out.write((Boolean) v ? TRUE : FALSE);
      } else if (v instanceof Long) {
        out.write(LONG);
        zigzag((Long) v);
      } else if (v instanceof String) {
        out.write(STRING);
        string((String) v);
      } else if (v instanceof BigDecimal) {
        BigDecimal d = (BigDecimal) v;
        out.write(DECIMAL);
        zigzag(d.scale());
        byte[] b = d.unscaledValue().toByteArray();
        varint(b.length);
        out.write(b, 0, b.length);
      } else if (v instanceof Instant) {
        Instant t = (Instant) v;
        out.write(INSTANT);
        zigzag(t.getEpochSecond());
        varint(t.getNano());
      } else if (v instanceof List) {
        List<?> list = (List<?>) v;
        out.write(LIST);
        varint(list.size());
        list.forEach(this::value);
      } else {
        Map<?, ?> map = (Map<?, ?>) v;
        out.write(MAP);
        varint(map.size());
        map.forEach(
            (k, x) -> {
              string((String) k);
              value(x);
            });
      }
    }
  }

  // ---- reading ----

  static Map<String, Object> read(byte[] bytes) {
    Reader r = new Reader(bytes);
    if (bytes.length < MAGIC.length
        || bytes[0] != MAGIC[0]
        || bytes[1] != MAGIC[1]
        || bytes[2] != MAGIC[2]
        || bytes[3] != MAGIC[3]) {
      throw r.fail(
          "Accumulator state must start with the magic bytes 53 4c 41 53 (SLAS): "
              + hex(bytes, Math.min(bytes.length, MAGIC.length)));
    }
    r.pos = MAGIC.length;
    long version = r.varint();
    if (version != AccumulatorState.FORMAT_VERSION) {
      throw r.fail(
          "Accumulator state has format version " + version + "; this library reads version "
              + AccumulatorState.FORMAT_VERSION);
    }
    if (r.tag() != MAP) {
      throw r.fail("Accumulator state must hold a map at its root, at byte " + (r.pos - 1));
    }
    Map<String, Object> root = r.map(1);
    if (r.pos != bytes.length) {
      throw r.fail(
          "Accumulator state has " + (bytes.length - r.pos) + " bytes after its end at byte "
              + r.pos);
    }
    return root;
  }

  private static String hex(byte[] bytes, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xFF));
    }
    return n == 0 ? "no bytes" : sb.toString();
  }

  private static final class Reader {
    final byte[] bytes;
    int pos;
    final List<String> strings = new ArrayList<>();

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    AccumulatorStateException fail(String message) {
      return new AccumulatorStateException("", message);
    }

    AccumulatorStateException truncated() {
      return fail("Accumulator state is truncated: it ends at byte " + bytes.length
          + " in the middle of a value");
    }

    int remaining() {
      return bytes.length - pos;
    }

    int tag() {
      if (pos >= bytes.length) {
        throw truncated();
      }
      return bytes[pos++] & 0xFF;
    }

    long varint() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = tag();
        if (shift == 63 && (b & 0x7E) != 0) {
          break;
        }
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw fail("Accumulator state has a number longer than 64 bits at byte " + pos);
    }

    long zigzag() {
      long v = varint();
      return (v >>> 1) ^ -(v & 1);
    }

    /** A length or count, at most the bytes remaining (each element takes at least one). */
    int length(String what) {
      int at = pos;
      long n = varint();
      if (n < 0 || n > remaining()) {
        throw fail("Accumulator state has a " + what + " of " + Long.toUnsignedString(n)
            + " at byte " + at + ", more than the " + remaining() + " bytes remaining");
      }
      return (int) n;
    }

    String string() {
      int at = pos;
      long ref = varint();
      if (ref != 0) {
        if (ref < 0 || ref > strings.size()) {
          throw fail("Accumulator state refers to string " + Long.toUnsignedString(ref)
              + " at byte " + at + ", but only " + strings.size() + " were read");
        }
        return strings.get((int) ref - 1);
      }
      int n = length("string length");
      String s;
      try {
        s = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, pos, n))
            .toString();
      } catch (CharacterCodingException e) {
        throw fail("Accumulator state has a string that is not UTF-8 at byte " + pos);
      }
      pos += n;
      strings.add(s);
      return s;
    }

    Object value(int depth) {
      int at = pos;
      int tag = tag();
      switch (tag) {
        case FALSE:
          return Boolean.FALSE;
        case TRUE:
          return Boolean.TRUE;
        case LONG:
          return zigzag();
        case STRING:
          return string();
        case DECIMAL:
          {
            long scale = zigzag();
            if (Math.abs(scale) > MAX_SCALE) {
              throw fail("Accumulator state has a decimal with scale " + scale + " at byte " + at
                  + "; the scale must be within -" + MAX_SCALE + " and " + MAX_SCALE);
            }
            int n = length("decimal length");
            if (n == 0 || n > MAX_UNSCALED_BYTES) {
              throw fail("Accumulator state has a decimal of " + n + " bytes at byte " + at
                  + "; it must have 1 to " + MAX_UNSCALED_BYTES);
            }
            BigInteger unscaled = new BigInteger(bytes, pos, n);
            pos += n;
            return new BigDecimal(unscaled, (int) scale);
          }
        case INSTANT:
          {
            long seconds = zigzag();
            long nanos = varint();
            try {
              if (nanos < 0 || nanos > 999_999_999) {
                throw new DateTimeException("nanosecond " + Long.toUnsignedString(nanos));
              }
              return Limits.requireInstant("instant", Instant.ofEpochSecond(seconds, nanos));
            } catch (DateTimeException e) {
              throw fail("Accumulator state has an instant outside " + Limits.EARLIEST + " to "
                  + Limits.LATEST + " at byte " + at + ": " + Limits.shown(e.getMessage()));
            }
          }
        case LIST:
          {
            checkDepth(depth, at);
            int n = length("list size");
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
              list.add(value(depth + 1));
            }
            return Collections.unmodifiableList(list);
          }
        case MAP:
          checkDepth(depth, at);
          return map(depth + 1);
        default:
          throw fail("Accumulator state has an unknown value tag " + tag + " at byte " + at);
      }
    }

    void checkDepth(int depth, int at) {
      if (depth >= MAX_DEPTH) {
        throw fail("Accumulator state nests deeper than " + MAX_DEPTH + " levels at byte " + at);
      }
    }

    Map<String, Object> map(int depth) {
      int n = length("map size");
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        int at = pos;
        String key = string();
        if (map.containsKey(key)) {
          throw fail("Accumulator state has the key " + Limits.shown(key) + " twice at byte "
              + at);
        }
        map.put(key, value(depth));
      }
      return Collections.unmodifiableMap(map);
    }
  }
}
