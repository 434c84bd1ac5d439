package org.ckptgen.example.subsystems;

import java.io.IOException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;

/** The objrefs of the distinct live objects the tasks hold, in the order first met. */
final class Distinct {
  private Distinct() {}

  interface Sharer<T> {
    int share(CheckpointContext ctx, T object) throws IOException;
  }

  static <T> int[] refs(CheckpointContext ctx, List<Model.Task> tasks, Function<Model.Task, Collection<T>> of,
      Sharer<T> sharer) throws IOException {
    Map<T, Integer> refs = new IdentityHashMap<>();
    java.util.List<Integer> order = new java.util.ArrayList<>();
    for (Model.Task t : tasks) {
      for (T object : of.apply(t)) {
        if (object != null && !refs.containsKey(object)) {
          int ref = sharer.share(ctx, object);
          refs.put(object, ref);
          order.add(ref);
        }
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }
}
