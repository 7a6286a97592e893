package dev.servicelevel.json;

import java.util.ArrayList;
import java.util.List;

/** Collects problems up to {@link DocumentException#MAX_PROBLEMS}, then notes the overflow. */
final class Problems {

  private final List<Problem> list = new ArrayList<>();
  private boolean overflow;
  private int count;

  void add(Problem p) {
    count++;
    if (list.size() < DocumentException.MAX_PROBLEMS - 1) {
      list.add(p);
    } else if (!overflow) {
      overflow = true;
      list.add(
          new Problem(
              "",
              0,
              0,
              "limit",
              "More problems than " + (DocumentException.MAX_PROBLEMS - 1) + " were found; "
                  + "the rest are not listed",
              p.source()));
    }
  }

  /** How many problems were found, listed or not: a change tells that a part had problems. */
  int count() {
    return count;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Problem> list() {
    return list;
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new DocumentException(list);
    }
  }
}
