package org.ckptgen.example.subsystems;

import java.io.IOException;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.FileTable;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.OpenFile;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;

/**
 * Checkpoint side: each live object becomes one shared object, written at its first reference
 * from any subsystem, after the objects it refers to (a user after its namespace, a namespace
 * after its creator). Each first asks the context for an objref given already, so that the many
 * later references do not make a record builder each.
 */
final class Share {
  private Share() {}

  static int cred(CheckpointContext ctx, Model.Credential c) throws IOException {
    int known = ctx.objref(c);
    return known != 0 ? known : ctx.share(c, ContainerImageSchema.CRED, () -> new Cred(c.uid, c.suid, c.euid, c.fsuid, c.gid, c.sgid,
        c.egid, c.fsgid, user(ctx, c.user), groups(ctx, c.groups), c.caps));
  }

  static int user(CheckpointContext ctx, Model.User u) throws IOException {
    if (u == null) {
      return 0;
    }
    int known = ctx.objref(u);
    return known != 0 ? known : ctx.share(u, ContainerImageSchema.USER,
        () -> new org.ckptgen.example.container.User(u.uid, namespace(ctx, u.ns)));
  }

  static int namespace(CheckpointContext ctx, Model.UserNamespace ns) throws IOException {
    return ctx.share(ns, ContainerImageSchema.USER_NS, () -> new UserNs(user(ctx, ns.creator)));
  }

  static int groups(CheckpointContext ctx, Model.Groups g) throws IOException {
    int known = ctx.objref(g);
    return known != 0 ? known : ctx.share(g, ContainerImageSchema.GROUP_INFO, () -> new GroupInfo(g.ids));
  }

  static int label(CheckpointContext ctx, Model.Label l) throws IOException {
    int known = ctx.objref(l);
    return known != 0 ? known : ctx.share(l, ContainerImageSchema.LSM_LABEL, () -> new LsmLabel(l.kind, l.text));
  }

  static int files(CheckpointContext ctx, Model.Files f) throws IOException {
    int known = ctx.objref(f);
    return known != 0 ? known : ctx.share(f, ContainerImageSchema.FILE_TABLE, () -> {
      OpenFile[] open = new OpenFile[f.open.size()];
      for (int i = 0; i < open.length; i++) {
        Model.OpenFile o = f.open.get(i);
        open[i] = new OpenFile(o.fd, o.flags, o.pos, label(ctx, o.label));
      }
      return new FileTable(open);
    });
  }
}
