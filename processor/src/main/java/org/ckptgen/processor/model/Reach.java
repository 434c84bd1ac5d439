package org.ckptgen.processor.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The structs an image holds: from its seeds (the state records of its subsystems and the structs
 * its root lists), every struct they nest and every shared record their objrefs name, and so on
 * until nothing new is reached. Nothing else of the build goes into the image's schema,
 * fingerprint, header or readers: a second image kind of the same build is none of its business.
 */
public final class Reach {
  private Reach() {}

  /**
   * The structs of {@code all} that {@code seeds} reach, seeds included, in the order of
   * {@code all}. Objref targets are found in {@code all} by record type id; structs are the same
   * struct when their Java types are.
   */
  public static List<StructLayout> of(Collection<StructLayout> seeds, Collection<StructLayout> all) {
    Map<String, StructLayout> byName = new HashMap<>();
    Map<Integer, StructLayout> byType = new HashMap<>();
    for (StructLayout s : all) {
      byName.put(key(s), s);
      if (s.isRecord()) {
        byType.put(s.typeId(), s);
      }
    }
    Set<String> reached = new HashSet<>();
    Deque<StructLayout> todo = new ArrayDeque<>(seeds);
    while (!todo.isEmpty()) {
      StructLayout s = byName.get(key(todo.pop()));
      if (s == null || !reached.add(key(s))) {
        continue;  // not of this build (cannot happen for a seed of it), or seen already
      }
      for (Member m : s.members()) {
        if (m.struct() != null) {
          todo.push(m.struct());
        }
        if (m.element() == Member.Element.OBJREF && byType.containsKey(m.refType())) {
          todo.push(byType.get(m.refType()));
        }
      }
    }
    return all.stream().filter(s -> reached.contains(key(s))).collect(Collectors.toList());
  }

  private static String key(StructLayout s) {
    return s.javaType().qualifiedName();
  }
}
