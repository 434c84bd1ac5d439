package org.ckptgen.bench.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.CredSection;
import org.ckptgen.example.container.CredSectionCodec;
import org.ckptgen.example.container.FileTable;
import org.ckptgen.example.container.FileTableCodec;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.container.GroupInfoSection;
import org.ckptgen.example.container.GroupInfoSectionCodec;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.LsmSection;
import org.ckptgen.example.container.LsmSectionCodec;
import org.ckptgen.example.container.TaskSection;
import org.ckptgen.example.container.TaskSectionCodec;
import org.ckptgen.example.container.User;
import org.ckptgen.example.container.UserCodec;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.container.UserNsCodec;
import org.ckptgen.example.container.UserSection;
import org.ckptgen.example.container.UserSectionCodec;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.container.UtsNsCodec;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageHeaderCodec;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ObjectRef;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.image.SchemaEnumsCodec;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.SchemaFieldsCodec;
import org.ckptgen.image.SchemaSubsystems;
import org.ckptgen.image.SchemaSubsystemsCodec;
import org.ckptgen.image.Section;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * The codec-only limit of the whole-image benchmark: every record of the container image, as
 * values, encoded with the generated codecs into one buffer and decoded out of it. No model walk,
 * no dispatch, no objref or schema checks, no checksum, no file: only what the codecs do, each
 * called directly, one loop per record type (so the records lie grouped by type, not in the
 * image's order; {@link #sameRecordsAs} checks they are the image's records all the same).
 *
 * <p>Written against the codecs' static methods ({@code CredCodec.INSTANCE.encode(value, buf, at)}); a
 * change of the generated codec API touches only {@link #encode} and {@link #decode}.
 */
final class CodecOnlyImage {
  ImageHeader header;
  SchemaFields fields;
  SchemaEnums enums;
  SchemaSubsystems subsystems;
  final List<Section> sections = new ArrayList<>();
  final List<ObjectRef> objrefs = new ArrayList<>();
  final List<Cred> creds = new ArrayList<>();
  final List<GroupInfo> groups = new ArrayList<>();
  final List<User> users = new ArrayList<>();
  final List<UserNs> userNs = new ArrayList<>();
  final List<LsmLabel> labels = new ArrayList<>();
  final List<FileTable> files = new ArrayList<>();
  CredSection credSection;
  GroupInfoSection groupInfoSection;
  LsmSection lsmSection;
  TaskSection taskSection;
  UserSection userSection;
  UtsNs uts;
  Trailer trailer;

  /** The records of the ckptgen image at {@code image}, checked whole by {@link ImageReader} first. */
  static CodecOnlyImage of(Path image) throws IOException, CkptFormatException {
    try (ImageReader reader = ImageReader.open(image)) {
      reader.verify();
    }
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(image));
    CodecOnlyImage r = new CodecOnlyImage();
    for (int at = 0; at < b.limit(); at = skip(b, at)) {
      int type = LittleEndian.getInt(b, at);
      switch (type) {
        case ImageHeaderCodec.TYPE -> r.header = ImageHeaderCodec.INSTANCE.decode(b, at);
        case SchemaFieldsCodec.TYPE -> r.fields = SchemaFieldsCodec.INSTANCE.decode(b, at);
        case SchemaEnumsCodec.TYPE -> r.enums = SchemaEnumsCodec.INSTANCE.decode(b, at);
        case SchemaSubsystemsCodec.TYPE -> r.subsystems = SchemaSubsystemsCodec.INSTANCE.decode(b, at);
        case SectionCodec.TYPE -> r.sections.add(SectionCodec.INSTANCE.decode(b, at));
        case ObjectRefCodec.TYPE -> r.objrefs.add(ObjectRefCodec.INSTANCE.decode(b, at));
        case CredCodec.TYPE -> r.creds.add(CredCodec.INSTANCE.decode(b, at));
        case GroupInfoCodec.TYPE -> r.groups.add(GroupInfoCodec.INSTANCE.decode(b, at));
        case UserCodec.TYPE -> r.users.add(UserCodec.INSTANCE.decode(b, at));
        case UserNsCodec.TYPE -> r.userNs.add(UserNsCodec.INSTANCE.decode(b, at));
        case LsmLabelCodec.TYPE -> r.labels.add(LsmLabelCodec.INSTANCE.decode(b, at));
        case FileTableCodec.TYPE -> r.files.add(FileTableCodec.INSTANCE.decode(b, at));
        case CredSectionCodec.TYPE -> r.credSection = CredSectionCodec.INSTANCE.decode(b, at);
        case GroupInfoSectionCodec.TYPE -> r.groupInfoSection = GroupInfoSectionCodec.INSTANCE.decode(b, at);
        case LsmSectionCodec.TYPE -> r.lsmSection = LsmSectionCodec.INSTANCE.decode(b, at);
        case TaskSectionCodec.TYPE -> r.taskSection = TaskSectionCodec.INSTANCE.decode(b, at);
        case UserSectionCodec.TYPE -> r.userSection = UserSectionCodec.INSTANCE.decode(b, at);
        case UtsNsCodec.TYPE -> r.uts = UtsNsCodec.INSTANCE.decode(b, at);
        case TrailerCodec.TYPE -> r.trailer = TrailerCodec.INSTANCE.decode(b, at);
        default -> throw new IllegalStateException(String.format("the container image holds a record of type 0x%x", type));
      }
    }
    return r;
  }

  /** The bytes {@link #encode} writes, padding included. */
  int size() {
    ByteBuffer b = ByteBuffer.allocate(64 << 20);
    return encode(b);
  }

  /** Writes every record at 8-byte boundaries from {@code buf[0]}, gaps zeroed; returns the end. */
  int encode(ByteBuffer buf) {
    int at = next(buf, 0, ImageHeaderCodec.INSTANCE.encode(header, buf, 0));
    at = next(buf, at, SchemaFieldsCodec.INSTANCE.encode(fields, buf, at));
    at = next(buf, at, SchemaEnumsCodec.INSTANCE.encode(enums, buf, at));
    at = next(buf, at, SchemaSubsystemsCodec.INSTANCE.encode(subsystems, buf, at));
    for (Section s : sections) {
      at = next(buf, at, SectionCodec.INSTANCE.encode(s, buf, at));
    }
    for (ObjectRef o : objrefs) {
      at = next(buf, at, ObjectRefCodec.INSTANCE.encode(o, buf, at));
    }
    for (Cred c : creds) {
      at = next(buf, at, CredCodec.INSTANCE.encode(c, buf, at));
    }
    for (GroupInfo g : groups) {
      at = next(buf, at, GroupInfoCodec.INSTANCE.encode(g, buf, at));
    }
    for (User u : users) {
      at = next(buf, at, UserCodec.INSTANCE.encode(u, buf, at));
    }
    for (UserNs n : userNs) {
      at = next(buf, at, UserNsCodec.INSTANCE.encode(n, buf, at));
    }
    for (LsmLabel l : labels) {
      at = next(buf, at, LsmLabelCodec.INSTANCE.encode(l, buf, at));
    }
    for (FileTable f : files) {
      at = next(buf, at, FileTableCodec.INSTANCE.encode(f, buf, at));
    }
    at = next(buf, at, CredSectionCodec.INSTANCE.encode(credSection, buf, at));
    at = next(buf, at, GroupInfoSectionCodec.INSTANCE.encode(groupInfoSection, buf, at));
    at = next(buf, at, LsmSectionCodec.INSTANCE.encode(lsmSection, buf, at));
    at = next(buf, at, TaskSectionCodec.INSTANCE.encode(taskSection, buf, at));
    at = next(buf, at, UserSectionCodec.INSTANCE.encode(userSection, buf, at));
    at = next(buf, at, UtsNsCodec.INSTANCE.encode(uts, buf, at));
    return next(buf, at, TrailerCodec.INSTANCE.encode(trailer, buf, at));
  }

  /** Zeroes the gap after a record of {@code len} bytes at {@code at}; returns where the next starts. */
  private static int next(ByteBuffer buf, int at, int len) {
    int end = at + len;
    int padded = (int) Wire.align8(end);
    Wire.putZero(buf, end, padded - end);
    return padded;
  }

  /** Where the record after the one at {@code at} starts: its header's length, padded. */
  private static int skip(ByteBuffer buf, int at) {
    return (int) Wire.align8(at + LittleEndian.getInt(buf, at + 4));
  }

  /**
   * Reads back what {@link #encode} wrote from {@code buf}, as many records of each type as this
   * holds (the counts are the one thing taken on trust).
   */
  CodecOnlyImage decode(ByteBuffer buf) throws CkptFormatException {
    CodecOnlyImage r = new CodecOnlyImage();
    r.header = ImageHeaderCodec.INSTANCE.decode(buf, 0);
    int at = skip(buf, 0);
    r.fields = SchemaFieldsCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.enums = SchemaEnumsCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.subsystems = SchemaSubsystemsCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    for (int i = sections.size(); i > 0; i--, at = skip(buf, at)) {
      r.sections.add(SectionCodec.INSTANCE.decode(buf, at));
    }
    for (int i = objrefs.size(); i > 0; i--, at = skip(buf, at)) {
      r.objrefs.add(ObjectRefCodec.INSTANCE.decode(buf, at));
    }
    for (int i = creds.size(); i > 0; i--, at = skip(buf, at)) {
      r.creds.add(CredCodec.INSTANCE.decode(buf, at));
    }
    for (int i = groups.size(); i > 0; i--, at = skip(buf, at)) {
      r.groups.add(GroupInfoCodec.INSTANCE.decode(buf, at));
    }
    for (int i = users.size(); i > 0; i--, at = skip(buf, at)) {
      r.users.add(UserCodec.INSTANCE.decode(buf, at));
    }
    for (int i = userNs.size(); i > 0; i--, at = skip(buf, at)) {
      r.userNs.add(UserNsCodec.INSTANCE.decode(buf, at));
    }
    for (int i = labels.size(); i > 0; i--, at = skip(buf, at)) {
      r.labels.add(LsmLabelCodec.INSTANCE.decode(buf, at));
    }
    for (int i = files.size(); i > 0; i--, at = skip(buf, at)) {
      r.files.add(FileTableCodec.INSTANCE.decode(buf, at));
    }
    r.credSection = CredSectionCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.groupInfoSection = GroupInfoSectionCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.lsmSection = LsmSectionCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.taskSection = TaskSectionCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.userSection = UserSectionCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.uts = UtsNsCodec.INSTANCE.decode(buf, at);
    at = skip(buf, at);
    r.trailer = TrailerCodec.INSTANCE.decode(buf, at);
    return r;
  }

  /**
   * Checks that the records this encodes are, byte for byte, the records of the image at
   * {@code image} (as a multiset: the order differs), and that {@link #decode} of them encodes to
   * the same bytes again.
   *
   * @throws IllegalStateException if not
   */
  void sameRecordsAs(Path image) throws IOException, CkptFormatException {
    ByteBuffer buf = ByteBuffer.allocate(size());
    int end = encode(buf);
    List<ByteBuffer> ours = records(buf, end);
    ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(image));
    List<ByteBuffer> theirs = records(file, file.limit());
    ours.sort(null);
    theirs.sort(null);
    if (!ours.equals(theirs)) {
      throw new IllegalStateException("codec-only: the records encoded are not the image's (" + ours.size() + " against "
          + theirs.size() + " records)");
    }
    ByteBuffer again = ByteBuffer.allocate(buf.capacity());
    if (decode(buf).encode(again) != end || !again.equals(buf)) {
      throw new IllegalStateException("codec-only: the records decoded do not encode to the same bytes");
    }
  }

  /** Each record's bytes, header included, as slices of {@code buf} (which compare by content). */
  private static List<ByteBuffer> records(ByteBuffer buf, int end) {
    List<ByteBuffer> out = new ArrayList<>();
    for (int at = 0; at < end; at = skip(buf, at)) {
      out.add(buf.slice(at, LittleEndian.getInt(buf, at + 4)));
    }
    return out;
  }
}
