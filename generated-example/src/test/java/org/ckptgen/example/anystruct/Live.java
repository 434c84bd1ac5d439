package org.ckptgen.example.anystruct;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ckptgen.example.anystruct.StructSet.StructSpec;
import org.ckptgen.example.anystruct.Values.Node;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.runtime.RecordCodec;

/**
 * The live state of the subsystems of a build's generated sets: the subsystems that
 * {@link StructSet} writes call it from their hooks. At checkpoint it turns each subsystem's value tree into records,
 * sharing objects through the context as a real subsystem would; at restore it keeps the
 * canonical text of what the hook received, objrefs followed through the context.
 */
public final class Live {
  private final Map<String, StructSpec> specs = new HashMap<>();
  private final ClassLoader loader;
  private final Method codecOf;
  private final Map<String, Node> states;
  /** Every record written, in image order: shared objects when first shared, then each state. */
  final List<Object> written = new ArrayList<>();
  /** Shared records by objref, as written. */
  final Map<Integer, Object> objects = new HashMap<>();
  /** The canonical text of each subsystem's state, as checkpointed and as restored. */
  final Map<String, String> checkpointed = new LinkedHashMap<>();
  final Map<String, String> restored = new LinkedHashMap<>();
  private final Map<Node, Integer> ids = new IdentityHashMap<>();

  /**
   * @param schema the image's generated {@code <Root>Schema} class
   * @param states each subsystem's value, by subsystem name
   */
  Live(List<StructSet> sets, ClassLoader loader, String schema, Map<String, Node> states)
      throws ReflectiveOperationException {
    for (StructSet set : sets) {
      set.all().forEach(s -> specs.put(s.qualifiedName(), s));
    }
    this.loader = loader;
    this.codecOf = loader.loadClass(schema).getMethod("codec", int.class);
    this.states = states;
  }

  RecordCodec<?> codec(int type) {
    try {
      return (RecordCodec<?>) codecOf.invoke(null, type);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  /** The state record of {@code subsystem}: its shared objects are written first, through {@code ctx}. */
  public <T> T checkpoint(CheckpointContext ctx, String subsystem, Class<T> type) throws IOException {
    try {
      Object record = Values.record(states.get(subsystem), loader, shared -> share(ctx, shared));
      written.add(record);
      checkpointed.put(subsystem, Values.canon(spec(type), record, objects::get));
      return type.cast(record);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked") // the codec of a node's type encodes that node's record
  private int share(CheckpointContext ctx, Node node) throws IOException {
    RecordCodec<Object> codec = (RecordCodec<Object>) codec(node.spec.type);
    int id = ctx.share(node, codec, () -> {
      try {
        Object record = Values.record(node, loader, inner -> share(ctx, inner));
        written.add(record);
        return record;
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    if (ids.putIfAbsent(node, id) == null) {
      // the record is the last one written for this node
      objects.put(id, written.get(written.size() - 1));
    }
    return id;
  }

  /** Keeps the canonical text of the restored state, objrefs resolved through {@code ctx}. */
  public int restore(RestoreContext ctx, String subsystem, Object state) {
    try {
      restored.put(subsystem, Values.canon(spec(state.getClass()), state, id -> object(ctx, id)));
      return 0;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Object object(RestoreContext ctx, int id) {
    // the type each objref must have was checked by the whole-image check; any shared type will do
    for (StructSpec s : specs.values()) {
      if (!s.shared) {
        continue;
      }
      try {
        Object o = ctx.object(id, codec(s.type));
        if (o != null) {
          return o;
        }
      } catch (IllegalStateException otherType) {
        // try the next shared type
      }
    }
    throw new AssertionError("objref " + id + " is no shared object of the image");
  }

  private StructSpec spec(Class<?> type) {
    StructSpec s = specs.get(type.getName());
    if (s == null) {
      throw new AssertionError(type);
    }
    return s;
  }
}
