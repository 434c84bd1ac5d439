package org.ckptgen.processor.imagegen;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.ckptgen.processor.model.RemovedSubsystem;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;
import org.ckptgen.processor.model.Tables;

/**
 * The schema file of an image kind, {@code <image>.ckptschema}: an image with no sections, the
 * header (created at time 0) and the tables that every image of the kind carries, then the
 * trailer. Generic readers given it read an image by these tables rather than by the image's own
 * (docs/FORMAT.md, "The schema file"). The framing records come from ckptgen-image on the class
 * path, laid out by the processor's own model, so the file holds the bytes the image module's
 * codecs write.
 */
public final class SchemaFile {
  /** The framing records' Java classes (in ckptgen-image), by the role they play here. */
  static final String PACKAGE = "org.ckptgen.image.";
  static final String HEADER = PACKAGE + "ImageHeader";
  static final String FIELDS = PACKAGE + "SchemaFields";
  static final String ENUMS = PACKAGE + "SchemaEnums";
  static final String SUBSYSTEMS = PACKAGE + "SchemaSubsystems";
  static final String TRAILER = PACKAGE + "Trailer";

  // the constants of docs/FORMAT.md's ckpt_hdr_image and ckpt_hdr_trailer
  static final String MAGIC = "CKPTGEN";
  static final String END_MAGIC = "CKPTEND";
  static final int FORMAT_VERSION = 1;
  static final int BYTE_ORDER = 0x01020304;
  static final int ARCH_PORTABLE = 0;

  private SchemaFile() {}

  /** The file's name for {@code schema}'s image kind. */
  public static String fileName(Schema schema) {
    return schema.imageName() + ".ckptschema";
  }

  /**
   * The schema file of {@code schema} (the image's own structs, in its order), or empty when the
   * framing records are not among {@code framing} (a build without ckptgen-image).
   */
  public static Optional<byte[]> bytes(Schema schema, List<SubsystemModel> subsystems,
      List<RemovedSubsystem> removed, long fingerprint, List<StructLayout> framing) {
    Map<String, StructLayout> byClass = new LinkedHashMap<>();
    framing.forEach(s -> byClass.put(s.javaType().qualifiedName(), s));
    if (!byClass.keySet().containsAll(List.of(HEADER, FIELDS, ENUMS, SUBSYSTEMS, TRAILER))) {
      return Optional.empty();
    }
    Tables tables = Tables.of(schema, subsystems, removed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Tables.StructRow s : tables.structs()) {
      entries.add(values("type", s.type(), "size", s.size(), "version", s.version(), "flags", s.flags(),
          "name", s.name()));
    }
    out.writeBytes(RecordEncoder.record(byClass.get(HEADER), values("magic", MAGIC, "formatVersion", FORMAT_VERSION,
        "byteOrder", BYTE_ORDER, "arch", ARCH_PORTABLE, "imageVersion", schema.imageVersion(), "flags", 0L,
        "createdNs", 0L, "schemaFingerprint", fingerprint, "imageName", schema.imageName(), "schema", entries)));
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Tables.FieldRow f : tables.fields()) {
      fields.add(values("owner", f.owner(), "role", f.role(), "element", f.element(), "arity", f.arity(),
          "flags", f.flags(), "elementSize", f.elementSize(), "offset", f.offset(), "length", f.length(),
          "ref", f.ref(), "since", f.since(), "name", f.name()));
    }
    out.writeBytes(RecordEncoder.record(byClass.get(FIELDS), values("fields", fields)));
    List<Map<String, Object>> constants = new ArrayList<>();
    for (Tables.EnumRow e : tables.enums()) {
      constants.add(values("enumId", e.enumId(), "code", e.code(), "name", e.name()));
    }
    out.writeBytes(RecordEncoder.record(byClass.get(ENUMS), values("values", constants)));
    List<Map<String, Object>> subsystemRows = new ArrayList<>();
    for (Tables.SubsystemRow r : tables.subsystems()) {
      subsystemRows.add(values("name", r.name(), "stateType", r.stateType(), "flags", r.flags(), "since", r.since()));
    }
    out.writeBytes(RecordEncoder.record(byClass.get(SUBSYSTEMS), values("subsystems", subsystemRows)));
    byte[] before = out.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(before);
    out.writeBytes(RecordEncoder.record(byClass.get(TRAILER), values("magic", END_MAGIC, "nrecords", 4L,
        "totalLength", (long) before.length, "crc32c", (int) crc.getValue())));
    return Optional.of(out.toByteArray());
  }

  private static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }
}
