package org.ckptgen.image.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.EnumValueCodec;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.FieldEntryCodec;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageSignature;
import org.ckptgen.image.ImageSignatureCodec;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.Printable;
import org.ckptgen.image.Progress;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntryCodec;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Signing;
import org.ckptgen.image.SubsystemEntry;
import org.ckptgen.image.SubsystemEntryCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;

/**
 * Prints an image without the subsystems' classes, by its own schema tables: as text, one line
 * per record (the format of the generated C reader's {@code ckptinfo}, so the two can be
 * compared byte for byte), or as one JSON document. Numbers are in ASCII digits whatever the
 * default locale (an Arabic one formats {@code %d} in Arabic-Indic digits).
 */
public final class ImageDump {
  private ImageDump() {}

  /**
   * One line for the image, then {@code <offset> <struct> <JSON>} for every record after the
   * header's tables, the trailer last. The image must be verified. A bad record ends the dump
   * with its exception, after the lines of the records before it.
   */
  public static void text(ImageReader image, Appendable out, Progress progress) throws IOException, CkptFormatException {
    ImageHeader h = image.header();
    Trailer t = image.verify();
    long size = image.size();
    out.append(String.format(Locale.ROOT, "image %s version %d format %d fingerprint 0x%016x records %d bytes %d crc32c 0x%08x\n",
        h.imageName(), Integer.toUnsignedLong(h.imageVersion()), h.formatVersion(), h.schemaFingerprint(),
        t.nrecords() + 1, size, t.crc32c()));
    GenericDecoder decoder = new GenericDecoder(image.layout());
    StringBuilder line = new StringBuilder();
    for (RecordView v : image.records()) {
      line.setLength(0);
      String name = decoder.name(v.type());
      if (name == null) {
        line.append(String.format(Locale.ROOT, "%d (unknown type 0x%x, %d bytes)", v.position(), v.type(), v.length()));
      } else {
        line.append(v.position()).append(' ').append(Printable.escape(name)).append(' ');
        decoder.json(v, line);
      }
      out.append(line).append('\n');
      progress.at(v.position() + v.length(), size);
    }
    ImageSignature signature = image.signature();
    if (signature != null) {
      line.setLength(0);
      ImageSignatureCodec.INSTANCE.json(signature, line);
      out.append(String.valueOf(image.signatureOffset())).append(" ckpt_hdr_signature ").append(line).append('\n');
    }
    line.setLength(0);
    TrailerCodec.INSTANCE.json(t, line);
    out.append(String.valueOf(t.totalLength())).append(" ckpt_hdr_trailer ").append(line).append('\n');
  }

  /**
   * The whole image as one JSON document: {@code {"image": {header}, "schema": [...], "fields":
   * [...], "enums": [...], "subsystems": [...], "records": [{"offset": n, "type": t, "struct": name, "value": {...}},
   * ...], "trailer": {...}}}: all that {@code ckpt encode} needs to write the same image again.
   * A signed image has {@code "signature": {"offset": n, "key_id": "hex", "record": {...}}} before the
   * trailer ({@code ckpt encode} ignores it: the image it writes is unsigned). Records of types the
   * image does not describe have {@code "struct": null} and their bytes after
   * the header as {@code "payload"} (hex). A record longer than its value (from a newer writer)
   * has the rest as {@code "extra"} (hex); one shorter than its struct (from an older writer) has
   * {@code "version"}, the version its length holds.
   */
  public static void json(ImageReader image, Appendable out, Progress progress) throws IOException, CkptFormatException {
    Trailer t = image.verify();
    ImageHeader h = image.header();
    long size = image.size();
    StringBuilder b = new StringBuilder();
    b.append("{\"image\":{\"name\":");
    Json.string(h.imageName(), b);
    b.append(",\"version\":").append(Integer.toUnsignedLong(h.imageVersion()))
        .append(",\"format\":").append(h.formatVersion())
        .append(",\"arch\":").append(Integer.toUnsignedLong(h.arch()))
        .append(",\"created_ns\":").append(h.createdNs())
        .append(",\"fingerprint\":\"").append(String.format("0x%016x", h.schemaFingerprint())).append("\"},\"schema\":[");
    for (int i = 0; i < h.schema().length; i++) {
      SchemaEntryCodec.json(h.schema()[i], b.append(i > 0 ? "," : ""));
    }
    b.append("],\n\"fields\":[");
    FieldEntry[] fields = image.fields().fields();
    for (int i = 0; i < fields.length; i++) {
      FieldEntryCodec.json(fields[i], b.append(i > 0 ? ",\n" : "\n"));
    }
    b.append("],\n\"enums\":[");
    EnumValue[] enums = image.enums().values();
    for (int i = 0; i < enums.length; i++) {
      EnumValueCodec.json(enums[i], b.append(i > 0 ? ",\n" : "\n"));
    }
    b.append("],\n\"subsystems\":[");
    SubsystemEntry[] subsystems = image.subsystems().subsystems();
    for (int i = 0; i < subsystems.length; i++) {
      SubsystemEntryCodec.json(subsystems[i], b.append(i > 0 ? ",\n" : "\n"));
    }
    b.append("],\n\"records\":[\n");
    out.append(b);
    GenericDecoder decoder = new GenericDecoder(image.layout());
    boolean first = true;
    for (RecordView v : image.records()) {
      b.setLength(0);
      b.append(first ? "" : ",\n").append("{\"offset\":").append(v.position()).append(",\"type\":").append(v.type())
          .append(",\"struct\":");
      record(decoder, v, b);
      out.append(b);
      first = false;
      progress.at(v.position() + v.length(), size);
    }
    b.setLength(0);
    b.append("\n],\n");
    if (image.signature() != null) {
      // the key id in hex too, as ckpt verify names it
      b.append("\"signature\":{\"offset\":").append(image.signatureOffset()).append(",\"key_id\":\"")
          .append(Signing.hex(image.signature().keyId())).append("\",\"record\":");
      ImageSignatureCodec.INSTANCE.json(image.signature(), b);
      b.append("},\n");
    }
    TrailerCodec.INSTANCE.json(t, b.append("\"trailer\":"));
    out.append(b).append("}\n");
  }

  /** {@code "struct": ..., "value": ...} and what else it takes to write the record's bytes again. */
  private static void record(GenericDecoder decoder, RecordView v, StringBuilder b) throws CkptFormatException {
    String name = decoder.name(v.type());
    if (name == null) {
      Json.hex(v.bytes().position(8), b.append("null,\"payload\":"));
      b.append('}');
      return;
    }
    Json.string(name, b);
    b.append(",\"value\":");
    int described;
    ImageLayout.Struct s = decoder.layout().byType(v.type());
    if (v.type() == SectionCodec.TYPE || v.type() == ObjectRefCodec.TYPE) {
      // a framing record, of fixed size, by its codec even where a forged schema lists its type
      s = null;
    }
    if (s == null) {
      decoder.json(v, b);
      described = v.type() == SectionCodec.TYPE ? SectionCodec.SIZE : ObjectRefCodec.SIZE;
    } else {
      decoder.decode(v).json(b);
      described = GenericEncoder.describedLength(s, v);
      int version = GenericEncoder.version(s, v.length());
      if (version != s.entry().version()) {
        b.append(",\"version\":").append(version);
      }
    }
    if (v.length() > described) {
      Json.hex(v.bytes().position(described), b.append(",\"extra\":"));
    }
    b.append('}');
  }

  /** For callers that print to a {@code StringBuilder}: no I/O can fail. */
  public static String text(ImageReader image) throws CkptFormatException {
    StringBuilder out = new StringBuilder();
    try {
      text(image, out, Progress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
