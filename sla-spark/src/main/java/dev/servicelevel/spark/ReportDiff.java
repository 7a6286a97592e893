package dev.servicelevel.spark;

import dev.servicelevel.agreement.Limits;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between two values of the library's result types, field by field: each
 * difference is a path ({@code resolve.tickets.breached}) and both values. Walks the public
 * accessors of types in {@code dev.servicelevel}, lists element by element, optionals by their
 * contents; stops at values that are equal.
 */
final class ReportDiff {

  /** Accessors that are copies or views, not fields. */
  private static final Set<String> SKIPPED =
      Set.of("toString", "hashCode", "getClass", "toBuilder", "builder");

  private static final int MAX_DEPTH = 12;
  private static final int MAX_DIFFERENCES = 50;

  private ReportDiff() {}

  /**
   * The differences of two values, at most {@value #MAX_DIFFERENCES}.
   *
   * @param path  the name of the values
   * @param expected  the one-process value
   * @param actual  the Spark value
   * @return one line per difference, empty if the values are equal
   */
  static List<String> differences(String path, Object expected, Object actual) {
    List<String> out = new ArrayList<>();
    walk(path, expected, actual, out, 0);
    return out;
  }

  private static void walk(String path, Object a, Object b, List<String> out, int depth) {
    if (out.size() >= MAX_DIFFERENCES || Objects.equals(a, b)) {
      return;
    }
    if (a == null || b == null || a.getClass() != b.getClass() || depth >= MAX_DEPTH) {
      out.add(line(path, a, b));
      return;
    }
    if (a instanceof Optional) {
      Optional<?> x = (Optional<?>) a;
      Optional<?> y = (Optional<?>) b;
      if (x.isPresent() && y.isPresent()) {
        walk(path, x.get(), y.get(), out, depth + 1);
      } else {
        out.add(line(path, a, b));
      }
      return;
    }
    if (a instanceof List) {
      List<?> x = (List<?>) a;
      List<?> y = (List<?>) b;
      if (x.size() != y.size()) {
        out.add(path + ".size: " + x.size() + " (one process) / " + y.size() + " (Spark)");
      }
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        walk(path + "[" + i + "]", x.get(i), y.get(i), out, depth + 1);
      }
      return;
    }
    if (a instanceof Map) {
      Map<?, ?> x = (Map<?, ?>) a;
      Map<?, ?> y = (Map<?, ?>) b;
      for (Object k : x.keySet()) {
        walk(path + "[" + k + "]", x.get(k), y.get(k), out, depth + 1);
      }
      for (Object k : y.keySet()) {
        if (!x.containsKey(k)) {
          walk(path + "[" + k + "]", null, y.get(k), out, depth + 1);
        }
      }
      return;
    }
    List<Method> accessors = accessors(a.getClass());
    if (accessors.isEmpty()) {
      out.add(line(path, a, b));
      return;
    }
    int before = out.size();
    for (Method m : accessors) {
      walk(path + "." + m.getName(), invoke(m, a), invoke(m, b), out, depth + 1);
    }
    if (out.size() == before) {
      // unequal, yet every accessor agrees: show the whole values
      out.add(line(path, a, b));
    }
  }

  private static List<Method> accessors(Class<?> type) {
    List<Method> list = new ArrayList<>();
    if (!type.getName().startsWith("dev.servicelevel.")) {
      return list;
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && !SKIPPED.contains(m.getName())
          && !m.getName().startsWith("with")
          && m.getDeclaringClass().getName().startsWith("dev.servicelevel.")) {
        list.add(m);
      }
    }
    list.sort(Comparator.comparing(Method::getName));
    return list;
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return "(" + m.getName() + " failed: " + e + ")";
    }
  }

  private static String line(String path, Object a, Object b) {
    return path + ": " + shown(a) + " (one process) / " + shown(b) + " (Spark)";
  }

  private static String shown(Object v) {
    return v instanceof Object[] ? Limits.shown(Arrays.toString((Object[]) v)) : Limits.shown(v);
  }
}
