package org.ckptgen.example.demo;

import java.util.HexFormat;
import java.util.StringJoiner;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.FileTable;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.MemoryPage;
import org.ckptgen.example.container.OpenFile;
import org.ckptgen.example.container.Rlimit;
import org.ckptgen.example.container.Rlimits;
import org.ckptgen.example.container.Task;
import org.ckptgen.example.container.TaskCreds;
import org.ckptgen.example.container.User;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.Section;
import org.ckptgen.image.Trailer;

/**
 * Every field of a record as one line of text, written by hand from the Java values, not by
 * the generated code: the round-trip tests compare what was encoded with what came back
 * through it.
 *
 * <p>Format: the C struct name, then {@code c_name=value} for every field: unsigned types in
 * unsigned decimal, signed in signed decimal, booleans 0 or 1, enums by their C constant,
 * strings in double quotes, arrays as {@code [a,b]}, nested structs as {@code {a=1 b=2}}, byte
 * payloads in lower-case hex. Padding is not printed.
 */
public final class RecordText {
  private RecordText() {}

  public static String of(Record r) {
    if (r instanceof Cred c) {
      return "ckpt_hdr_cred " + fields(
          "uid", u32(c.uid()), "suid", u32(c.suid()), "euid", u32(c.euid()), "fsuid", u32(c.fsuid()),
          "gid", u32(c.gid()), "sgid", u32(c.sgid()), "egid", u32(c.egid()), "fsgid", u32(c.fsgid()),
          "user_ref", c.userRef(), "groupinfo_ref", c.groupinfoRef(), "cap_s", "{" + caps(c.capS()) + "}");
    }
    if (r instanceof GroupInfo g) {
      StringJoiner groups = new StringJoiner(",", "[", "]");
      for (int id : g.groups()) {
        groups.add(u32(id));
      }
      return "ckpt_hdr_groupinfo " + fields("ngroups", g.groups().length, "groups", groups);
    }
    if (r instanceof User u) {
      return "ckpt_hdr_user_struct " + fields("uid", u32(u.uid()), "userns_ref", u.usernsRef());
    }
    if (r instanceof UserNs n) {
      return "ckpt_hdr_user_ns " + fields("creator_ref", n.creatorRef());
    }
    if (r instanceof LsmLabel l) {
      return "ckpt_hdr_lsm " + fields("sectype", "CKPT_SECURITY_" + l.sectype().name(),
          "label_len", l.label().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "label", quote(l.label()));
    }
    if (r instanceof UtsNs u) {
      return "ckpt_hdr_utsns " + fields("sysname", quote(u.sysname()), "nodename", quote(u.nodename()),
          "release", quote(u.release()), "version", quote(u.version()), "machine", quote(u.machine()),
          "domainname", quote(u.domainname()));
    }
    if (r instanceof Task t) {
      return "ckpt_hdr_task " + fields("pid", u32(t.pid()), "state", Byte.toUnsignedInt(t.state()),
          "start_time", Long.toUnsignedString(t.startTime()), "frozen", t.frozen() ? 1 : 0,
          "exit_code", t.exitCode(), "exit_signal", Short.toUnsignedInt(t.exitSignal()),
          "comm", quote(t.comm()),
          "blocked_signals", "[" + u32(t.blockedSignals()[0]) + "," + u32(t.blockedSignals()[1]) + "]");
    }
    if (r instanceof TaskCreds t) {
      return "ckpt_hdr_task_creds " + fields("cred_ref", t.credRef(), "ecred_ref", t.ecredRef());
    }
    if (r instanceof Rlimits l) {
      StringJoiner rlim = new StringJoiner(",", "[", "]");
      for (Rlimit one : l.rlim()) {
        rlim.add("{" + fields("cur", Long.toUnsignedString(one.cur()), "max", Long.toUnsignedString(one.max())) + "}");
      }
      return "ckpt_hdr_rlimits " + fields("rlim", rlim);
    }
    if (r instanceof FileTable f) {
      StringJoiner files = new StringJoiner(",", "[", "]");
      for (OpenFile o : f.files()) {
        files.add("{" + fields("fd", u32(o.fd()), "flags", u32(o.flags()), "pos", Long.toUnsignedString(o.pos()),
            "label_ref", o.labelRef()) + "}");
      }
      return "ckpt_hdr_file_table " + fields("nfiles", f.files().length, "files", files);
    }
    if (r instanceof MemoryPage p) {
      return "ckpt_hdr_memory_page " + fields("address", Long.toUnsignedString(p.address()),
          "prot", u32(p.prot()), "data_len", p.data().remaining(), "data", hex(p.data()));
    }
    if (r instanceof ImageHeader h) {
      StringJoiner schema = new StringJoiner(",", "[", "]");
      for (SchemaEntry e : h.schema()) {
        schema.add("{" + fields("type", u32(e.type()), "size", u32(e.size()), "version", u32(e.version()),
            "flags", u32(e.flags()), "name", quote(e.name())) + "}");
      }
      return "ckpt_hdr_image " + fields("magic", quote(h.magic()), "format_version", u32(h.formatVersion()),
          "byte_order", u32(h.byteOrder()), "arch", u32(h.arch()), "image_version", u32(h.imageVersion()),
          "flags", Long.toUnsignedString(h.flags()), "created_ns", Long.toUnsignedString(h.createdNs()),
          "schema_fingerprint", Long.toUnsignedString(h.schemaFingerprint()), "image_name", quote(h.imageName()),
          "nschema", h.schema().length, "schema", schema);
    }
    if (r instanceof Section s) {
      return "ckpt_hdr_section " + fields("subsystem", quote(s.subsystem()));
    }
    if (r instanceof Trailer t) {
      return "ckpt_hdr_trailer " + fields("magic", quote(t.magic()), "nrecords", Long.toUnsignedString(t.nrecords()),
          "total_length", Long.toUnsignedString(t.totalLength()), "crc32c", u32(t.crc32c()));
    }
    throw new IllegalArgumentException("not a record of the container image: " + r);
  }

  private static String caps(Capabilities c) {
    return fields("cap_i_mask", Long.toUnsignedString(c.capIMask()), "cap_p_mask", Long.toUnsignedString(c.capPMask()),
        "cap_e_mask", Long.toUnsignedString(c.capEMask()), "cap_bset_mask", Long.toUnsignedString(c.capBsetMask()),
        "securebits", u32(c.securebits()));
  }

  private static String fields(Object... namesAndValues) {
    StringJoiner out = new StringJoiner(" ");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.add(namesAndValues[i] + "=" + namesAndValues[i + 1]);
    }
    return out.toString();
  }

  private static String hex(java.nio.ByteBuffer data) {
    byte[] bytes = new byte[data.remaining()];
    data.get(data.position(), bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String u32(int value) {
    return Integer.toUnsignedString(value);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
