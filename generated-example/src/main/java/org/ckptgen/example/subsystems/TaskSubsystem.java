package org.ckptgen.example.subsystems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.TaskEntry;
import org.ckptgen.example.container.TaskSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Tasks: replaces the container's tasks with the image's, credentials, labels and files
 * included; the abort hook puts the old ones back.
 */
@Subsystem("task")
public final class TaskSubsystem {
  private final Model.Container container;
  private List<Model.Task> before;
  public String refused;

  public TaskSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public TaskSection checkpoint(CheckpointContext ctx) throws IOException {
    TaskEntry[] entries = new TaskEntry[container.tasks.size()];
    for (int i = 0; i < entries.length; i++) {
      Model.Task t = container.tasks.get(i);
      entries[i] = new TaskEntry(t.pid, t.comm, Share.cred(ctx, t.cred), Share.cred(ctx, t.ecred),
          Share.label(ctx, t.label), Share.files(ctx, t.files));
    }
    return new TaskSection(entries);
  }

  @RestoreHook
  public int restore(RestoreContext ctx, TaskSection state) {
    List<Model.Task> tasks = new ArrayList<>(state.tasks().length);
    try {
      for (TaskEntry e : state.tasks()) {
        tasks.add(new Model.Task(e.pid(), e.comm(), Revive.cred(ctx, e.credRef()), Revive.cred(ctx, e.ecredRef()),
            Revive.label(ctx, e.labelRef(), container), Revive.files(ctx, e.filesRef(), container)));
      }
    } catch (Rules.Refused r) {
      refused = r.getMessage();
      return -r.errno;
    }
    before = container.tasks;
    container.tasks = tasks;
    return 0;
  }

  @AbortHook
  public void abort(RestoreContext ctx) {
    container.tasks = before;
  }
}
