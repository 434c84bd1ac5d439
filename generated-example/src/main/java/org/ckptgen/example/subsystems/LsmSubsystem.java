package org.ckptgen.example.subsystems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.LsmSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Security labels, of tasks and of open files. Restored as the image has them only with the
 * KEEP_LSM flag, and then only labels the caller may take (its own, or any with CAP_MAC_ADMIN);
 * otherwise everything gets the restoring caller's label.
 */
@Subsystem("lsm")
public final class LsmSubsystem {
  private final Model.Container container;
  public String refused;

  public LsmSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public LsmSection checkpoint(CheckpointContext ctx) throws IOException {
    return new LsmSection(Distinct.refs(ctx, container.tasks, t -> {
      List<Model.Label> labels = new ArrayList<>();
      labels.add(t.label);
      t.files.open.forEach(f -> labels.add(f.label));
      return labels;
    }, Share::label));
  }

  @RestoreHook
  public int restore(RestoreContext ctx, LsmSection state) {
    try {
      for (int ref : state.labels()) {
        Revive.label(ctx, ref, container);
      }
      return 0;
    } catch (Rules.Refused r) {
      refused = r.getMessage();
      return -r.errno;
    }
  }
}
