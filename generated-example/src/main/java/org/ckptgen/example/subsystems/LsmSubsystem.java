package org.ckptgen.example.subsystems;

import java.io.IOException;
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
    Distinct labels = new Distinct(ctx);
    for (Model.Task t : container.tasks) {
      labels.add(t.label, Share::label);
      for (Model.OpenFile f : t.files.open) {
        labels.add(f.label, Share::label);
      }
    }
    return new LsmSection(labels.refs());
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
