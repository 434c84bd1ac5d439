package org.ckptgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ckptgen.processor.model.SubsystemModel;
import org.ckptgen.processor.model.SubsystemOrder;
import org.junit.jupiter.api.Test;

/**
 * The dispatch order (model/SubsystemOrder) on chosen cases, then on random constraint graphs
 * checked against an independent definition: the order is a topological one, the same whatever
 * order the subsystems come in, and the smallest name first wherever the constraints leave a
 * choice (for small graphs, the least of all permutations that keep the constraints); a graph
 * with a cycle is refused with a cycle that is one. The seed is random unless
 * {@code -Dckptgen.order.seed=N}; every failure names it.
 */
class SubsystemOrderTest {
  private static final long SEED = Long.getLong("ckptgen.order.seed", new Random().nextLong());

  private static SubsystemModel s(String name, List<String> after, List<String> before) {
    return new SubsystemModel(name, null, "container", null, "checkpoint", "restore", true, null, after, before, 1, null,
        false);
  }

  private static SubsystemModel s(String name) {
    return s(name, List.of(), List.of());
  }

  private static List<String> names(SubsystemOrder.Result r) {
    return r.order().stream().map(SubsystemModel::name).collect(Collectors.toList());
  }

  @Test
  void withoutConstraintsItIsMorgansSort() {
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("uts"), s("cred"), s("task"), s("lsm")));
    assertEquals(List.of("cred", "lsm", "task", "uts"), names(r));
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void afterAndBeforeMoveOnlyWhatTheyName() {
    // seeds/002: credentials applied at the very end of restart; user before cred
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("cred", List.of("user", "task"), List.of()),
        s("groupinfo"), s("lsm"), s("task"), s("user", List.of(), List.of("cred")), s("uts", List.of(), List.of("cred"))));
    assertEquals(List.of("groupinfo", "lsm", "task", "user", "uts", "cred"), names(r));
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void aMixOfAfterAndBeforeAskingTheSameIsOneEdge() {
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("a", List.of("b"), List.of()), s("b", List.of(), List.of("a", "a"))));
    assertEquals(List.of("b", "a"), names(r));
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void aCycleIsReportedFromItsSmallestNameOnTheConstraintOfItsFirstStep() {
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("task", List.of("cred"), List.of()),
        s("cred", List.of("user"), List.of()), s("user", List.of("task"), List.of()), s("uts")));
    assertEquals(1, r.problems().size(), r.problems().toString());
    SubsystemOrder.Problem p = r.problems().get(0);
    assertEquals(SubsystemOrder.Kind.CYCLE, p.kind());
    assertEquals("cred -> task -> user -> cred", p.cyclePath());
    assertEquals(List.of("task after cred", "user after task", "cred after user"), p.edges());
    assertEquals("task", p.at().name());
    assertEquals("after", p.attribute());
    assertEquals("cred", p.name());
  }

  @Test
  void afterAndBeforeOfTheSameNameAreACycleOfTwo() {
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("cred", List.of("task"), List.of("task")), s("task")));
    assertEquals(1, r.problems().size());
    assertEquals("cred -> task -> cred", r.problems().get(0).cyclePath());
    assertEquals(List.of("cred before task", "cred after task"), r.problems().get(0).edges());
  }

  @Test
  void everyIndependentCycleIsReported() {
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("a", List.of("b"), List.of()), s("b", List.of("a"), List.of()),
        s("x", List.of("y"), List.of()), s("y", List.of("x"), List.of()), s("m")));
    assertEquals(List.of("a -> b -> a", "x -> y -> x"),
        r.problems().stream().map(SubsystemOrder.Problem::cyclePath).collect(Collectors.toList()));
  }

  @Test
  void unknownNamesAndSelfReferencesAreProblems() {
    SubsystemOrder.Result r = SubsystemOrder.of(List.of(s("cred", List.of("cred", "tsk"), List.of("Task")), s("task")));
    assertEquals(List.of("SELF cred after cred", "UNKNOWN cred after tsk", "UNKNOWN cred before Task"),
        r.problems().stream().map(p -> p.kind() + " " + p.at().name() + " " + p.attribute() + " " + p.name())
            .collect(Collectors.toList()));
    assertEquals(List.of("cred", "task"), names(r), "every subsystem is still placed");
  }

  // Random graphs.

  @Test
  void onRandomGraphsTheOrderIsTheLeastTopologicalOne() {
    Random random = new Random(SEED);
    int acyclic = 0;
    int cyclic = 0;
    for (int round = 0; round < 3000; round++) {
      String context = "seed " + SEED + ", graph " + round;
      int n = 1 + random.nextInt(round < 2000 ? 7 : 40);
      List<String> names = randomNames(random, n);
      double density = random.nextDouble() * (round % 2 == 0 ? 0.15 : 0.6);
      boolean dag = random.nextBoolean();
      // edges first -> then, declared at random as then's after or first's before
      Map<String, List<String>> after = new TreeMap<>();
      Map<String, List<String>> before = new TreeMap<>();
      names.forEach(x -> {
        after.put(x, new ArrayList<>());
        before.put(x, new ArrayList<>());
      });
      Set<List<String>> edges = new HashSet<>();
      List<String> rank = new ArrayList<>(names);
      Collections.shuffle(rank, random);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i == j || random.nextDouble() >= density || (dag && i > j)) {
            continue;
          }
          String first = rank.get(i);
          String then = rank.get(j);
          edges.add(List.of(first, then));
          if (random.nextBoolean()) {
            after.get(then).add(first);
          } else {
            before.get(first).add(then);
          }
        }
      }
      List<SubsystemModel> subsystems = new ArrayList<>();
      for (String x : names) {
        subsystems.add(s(x, after.get(x), before.get(x)));
      }
      SubsystemOrder.Result r = SubsystemOrder.of(subsystems);
      if (hasCycle(names, edges)) {
        cyclic++;
        assertFalse(r.problems().isEmpty(), context + ": a cycle must be refused");
        for (SubsystemOrder.Problem p : r.problems()) {
          assertEquals(SubsystemOrder.Kind.CYCLE, p.kind(), context);
          List<String> c = p.cycle();
          assertEquals(c.get(0), c.get(c.size() - 1), context + ": a cycle ends where it starts: " + c);
          assertEquals(Collections.min(c), c.get(0), context + ": from its smallest name: " + c);
          assertEquals(c.size() - 1, new HashSet<>(c).size(), context + ": no name twice inside " + c);
          for (int i = 0; i + 1 < c.size(); i++) {
            assertTrue(edges.contains(List.of(c.get(i), c.get(i + 1))), context + ": " + c + " is made of edges");
          }
        }
        continue;
      }
      acyclic++;
      assertTrue(r.problems().isEmpty(), context + ": " + r.problems());
      List<String> order = names(r);
      assertEquals(new HashSet<>(names), new HashSet<>(order), context + ": every subsystem once");
      assertEquals(n, order.size(), context);
      for (List<String> e : edges) {
        assertTrue(order.indexOf(e.get(0)) < order.indexOf(e.get(1)), context + ": " + e + " kept in " + order);
      }
      List<SubsystemModel> shuffled = new ArrayList<>(subsystems);
      Collections.shuffle(shuffled, random);
      assertEquals(order, names(SubsystemOrder.of(shuffled)), context + ": the same whatever the input order");
      assertEquals(greedy(names, edges), order, context + ": the smallest ready name first");
      if (n <= 6) {
        assertEquals(leastPermutation(names, edges), order, context + ": the least order that keeps the constraints");
      }
    }
    System.out.println("SubsystemOrderTest: seed " + SEED + ", " + acyclic + " acyclic and " + cyclic
        + " cyclic random constraint graphs");
    assertTrue(acyclic > 500 && cyclic > 300, "both kinds are reached: " + acyclic + " / " + cyclic);
  }

  /** Distinct names of the processor's alphabet, some sharing prefixes ({@code a}, {@code a_1}, {@code ab}). */
  private static List<String> randomNames(Random random, int n) {
    Set<String> names = new HashSet<>();
    String alphabet = "abcz019_";
    while (names.size() < n) {
      StringBuilder b = new StringBuilder().append((char) ('a' + random.nextInt(4)));
      for (int k = random.nextInt(4); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      names.add(b.toString());
    }
    List<String> list = new ArrayList<>(names);
    Collections.shuffle(list, random);
    return list;
  }

  /** Whether the edges have a cycle: a depth-first search, nothing shared with SubsystemOrder. */
  private static boolean hasCycle(List<String> names, Set<List<String>> edges) {
    Map<String, Integer> state = new TreeMap<>();
    for (String x : names) {
      if (visit(x, edges, names, state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visit(String x, Set<List<String>> edges, List<String> names, Map<String, Integer> state) {
    Integer s = state.get(x);
    if (s != null) {
      return s == 1;  // on the current path: a cycle
    }
    state.put(x, 1);
    for (String y : names) {
      if (edges.contains(List.of(x, y)) && visit(y, edges, names, state)) {
        return true;
      }
    }
    state.put(x, 2);
    return false;
  }

  /** The definition, done slowly: each time, the smallest name all of whose predecessors are placed. */
  private static List<String> greedy(List<String> names, Set<List<String>> edges) {
    List<String> order = new ArrayList<>();
    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    while (order.size() < names.size()) {
      for (String x : sorted) {
        if (!order.contains(x) && sorted.stream().noneMatch(p -> !order.contains(p) && edges.contains(List.of(p, x)))) {
          order.add(x);
          break;
        }
      }
    }
    return order;
  }

  /** The least, name by name, of all permutations that keep every edge. */
  private static List<String> leastPermutation(List<String> names, Set<List<String>> edges) {
    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    List<List<String>> all = new ArrayList<>();
    permute(sorted, new ArrayList<>(), all);
    return all.stream()
        .filter(p -> edges.stream().allMatch(e -> p.indexOf(e.get(0)) < p.indexOf(e.get(1))))
        .findFirst().orElseThrow();  // permutations come in lexicographic order of the sorted names
  }

  private static void permute(List<String> left, List<String> prefix, List<List<String>> out) {
    if (left.isEmpty()) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (int i = 0; i < left.size(); i++) {
      List<String> rest = new ArrayList<>(left);
      prefix.add(rest.remove(i));
      permute(rest, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }
}
