package dev.servicelevel.evaluation.timer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A ticket's current fields while its events are walked: a small map kept in two parallel arrays
 * in insertion order. A ticket has a handful of fields, so a linear scan (hash codes first, which
 * strings cache) beats a {@link java.util.HashMap}'s table and nodes, and one evaluation allocates
 * two short arrays instead of a node per field change. Beyond {@link #MAX_LINEAR} fields (a
 * generated or hostile history) a hash map takes over, so a million distinct fields stay linear.
 *
 * <p>Only {@link #get}, {@link #containsKey}, {@link #put} and {@link #remove} are fast; the
 * other {@link java.util.Map} methods come from {@link AbstractMap} over {@link #entrySet}. Keys
 * and values are never null. Not thread-safe: one instance lives inside one evaluation.
 */
final class FieldState extends AbstractMap<String, String> {

  /** Beyond this many fields, a hash map takes over, so no history is quadratic. */
  static final int MAX_LINEAR = 32;

  private String[] keys = new String[8];
  private String[] values = new String[8];
  private int size;
  /** The fields once there are more than {@link #MAX_LINEAR}; the arrays are unused then. */
  private LinkedHashMap<String, String> large;

  private int indexOf(Object key) {
    int h = key.hashCode();
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k == key || (k.hashCode() == h && k.equals(key))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String get(Object key) {
    if (large != null) {
      return large.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    if (large != null) {
      return large.containsKey(key);
    }
    return indexOf(key) >= 0;
  }

  @Override
  public String put(String key, String value) {
    if (large != null) {
      return large.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      String old = values[i];
      values[i] = value;
      return old;
    }
    if (size == MAX_LINEAR) {
      large = new LinkedHashMap<>(4 * MAX_LINEAR);
      for (int k = 0; k < size; k++) {
        large.put(keys[k], values[k]);
      }
      keys = null;
      values = null;
      size = 0;
      return large.put(key, value);
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    return null;
  }

  @Override
  public String remove(Object key) {
    if (large != null) {
      return large.remove(key);
    }
    int i = indexOf(key);
    if (i < 0) {
      return null;
    }
    String old = values[i];
    int tail = size - i - 1;
    System.arraycopy(keys, i + 1, keys, i, tail);
    System.arraycopy(values, i + 1, values, i, tail);
    size--;
    keys[size] = null;
    values[size] = null;
    return old;
  }

  /** Forgets every field, keeping the arrays for the next ticket. */
  @Override
  public void clear() {
    if (large != null) {
      large = null;
      keys = new String[8];
      values = new String[8];
    }
    // the names and values past size are never read: no need to clear them
    size = 0;
  }

  @Override
  public int size() {
    return large != null ? large.size() : size;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    if (large != null) {
      return Collections.unmodifiableMap(large).entrySet();
    }
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            Entry<String, String> e = new SimpleImmutableEntry<>(keys[next], values[next]);
            next++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
