package org.ckptgen.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dispatch order of one image's subsystems: the topological order of their
 * {@code @Subsystem(after, before)} constraints, the smallest name first wherever they leave a
 * choice (Kahn's algorithm with a priority queue on the name). With no constraints it is
 * Morgan's {@code sort @SUBSYSTEMS}. Checkpoint writes the sections in this order, restore runs
 * the restore hooks in it, and aborts run in reverse.
 *
 * <p>A name that is no subsystem of the image, a subsystem naming itself, or a cycle is a
 * {@link Problem}; the order is then of no use.
 */
public final class SubsystemOrder {
  /** The order, and what is wrong with the constraints (empty when they are fine). */
  public record Result(List<SubsystemModel> order, List<Problem> problems) {}

  /**
   * One fault, reported on {@code at}'s {@code @Subsystem(attribute)} value {@code name}.
   *
   * @param cycle for a cycle, its names from the smallest, each before the next and back to the
   *     first ({@code cred -> task -> cred}); empty for the other kinds
   * @param edges for a cycle, who declared each of its steps ({@code task after cred})
   */
  public record Problem(Kind kind, SubsystemModel at, String attribute, String name, List<String> cycle,
      List<String> edges) {
    public String cyclePath() {
      return String.join(" -> ", cycle);
    }
  }

  public enum Kind { UNKNOWN, SELF, CYCLE }

  /** An edge {@code first -> then} and the constraint that asks for it: {@code by}'s after or before. */
  private record Edge(String first, String then, SubsystemModel by, String attribute) {
    /** The name the constraint names: the other end. */
    String named() {
      return attribute.equals("after") ? first : then;
    }

    String declared() {
      return by.name() + " " + attribute + " " + named();
    }
  }

  private SubsystemOrder() {}

  /** The order of {@code subsystems}, all of one image with unique names, given in any order. */
  public static Result of(Collection<SubsystemModel> subsystems) {
    Map<String, SubsystemModel> byName = new TreeMap<>();
    for (SubsystemModel s : subsystems) {
      byName.put(s.name(), s);
    }
    List<Problem> problems = new ArrayList<>();
    // successors by name, each edge kept once with the first constraint that asks for it
    Map<String, Map<String, Edge>> next = new TreeMap<>();
    Map<String, Map<String, Edge>> previous = new TreeMap<>();
    for (String name : byName.keySet()) {
      next.put(name, new TreeMap<>());
      previous.put(name, new TreeMap<>());
    }
    for (SubsystemModel s : byName.values()) {
      for (String a : s.after()) {
        edge(byName, next, previous, problems, new Edge(a, s.name(), s, "after"));
      }
      for (String b : s.before()) {
        edge(byName, next, previous, problems, new Edge(s.name(), b, s, "before"));
      }
    }

    Map<String, Integer> waiting = new HashMap<>();
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (String name : byName.keySet()) {
      waiting.put(name, previous.get(name).size());
      if (previous.get(name).isEmpty()) {
        ready.add(name);
      }
    }
    List<SubsystemModel> order = new ArrayList<>();
    TreeSet<String> left = new TreeSet<>(byName.keySet());
    while (!left.isEmpty()) {
      while (!ready.isEmpty()) {
        String name = ready.poll();
        order.add(byName.get(name));
        left.remove(name);
        for (String then : next.get(name).keySet()) {
          if (waiting.merge(then, -1, Integer::sum) == 0) {
            ready.add(then);
          }
        }
      }
      if (!left.isEmpty()) {
        // every subsystem left waits for another one left: there is a cycle; report it, drop the
        // step reported, and go on, so that every independent cycle is reported
        Edge broken = cycle(left, previous, problems);
        next.get(broken.first()).remove(broken.then());
        previous.get(broken.then()).remove(broken.first());
        if (waiting.merge(broken.then(), -1, Integer::sum) == 0) {
          ready.add(broken.then());
        }
      }
    }
    return new Result(List.copyOf(order), List.copyOf(problems));
  }

  private static void edge(Map<String, SubsystemModel> byName, Map<String, Map<String, Edge>> next,
      Map<String, Map<String, Edge>> previous, List<Problem> problems, Edge e) {
    String named = e.named();
    if (named.equals(e.by().name())) {
      problems.add(new Problem(Kind.SELF, e.by(), e.attribute(), named, List.of(), List.of()));
    } else if (!byName.containsKey(named)) {
      problems.add(new Problem(Kind.UNKNOWN, e.by(), e.attribute(), named, List.of(), List.of()));
    } else if (!next.get(e.first()).containsKey(e.then())) {
      next.get(e.first()).put(e.then(), e);
      previous.get(e.then()).put(e.first(), e);
    }
  }

  /**
   * A cycle among {@code left}, where each has a predecessor left: walked back from the smallest
   * name through the smallest predecessor until a name repeats. Reported from its smallest name,
   * on the constraint of its first step; returns that step.
   */
  private static Edge cycle(TreeSet<String> left, Map<String, Map<String, Edge>> previous, List<Problem> problems) {
    List<String> walked = new ArrayList<>();
    String at = left.first();
    while (!walked.contains(at)) {
      walked.add(at);
      at = previous.get(at).keySet().stream().filter(left::contains).findFirst().orElseThrow();
    }
    List<String> loop = new ArrayList<>(walked.subList(walked.indexOf(at), walked.size()));
    Collections.reverse(loop);  // walked backwards: each now before the next
    Collections.rotate(loop, -loop.indexOf(Collections.min(loop)));
    List<String> path = new ArrayList<>(loop);
    path.add(loop.get(0));
    List<String> edges = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      edges.add(previous.get(path.get(i + 1)).get(path.get(i)).declared());
    }
    Edge first = previous.get(path.get(1)).get(path.get(0));
    problems.add(new Problem(Kind.CYCLE, first.by(), first.attribute(), first.named(), List.copyOf(path),
        List.copyOf(edges)));
    return first;
  }
}
