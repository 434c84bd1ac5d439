package org.ckptgen.processor.cgen;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.ckptgen.processor.model.Layout;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * Prints C artifacts from the FreeMarker templates of the {@code templates} module. The
 * templates only lay out what the model computed; a missing value fails loudly instead of
 * printing an empty string.
 */
public final class CHeaderWriter {
  private static final String TEMPLATES = "org/ckptgen/templates";
  private final Configuration config;
  /** The view of the last schema: the header and the reader of one image are printed from the same. */
  private Schema viewed;
  private Map<String, List<CConstants.Constant>> viewedConstants;
  private CView.Image view;

  public CHeaderWriter() {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setClassLoaderForTemplateLoading(CHeaderWriter.class.getClassLoader(), TEMPLATES);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
  }

  /** The C reader's code shared by every image: {@code ckptgen_reader.h}, written beside the headers. */
  public static final String COMMON_READER = "ckptgen_reader.h";

  /**
   * The text of {@code <image>_ckpt_hdr.h}; {@code constants} are the framing structs' (CConstants),
   * {@code subsystems} the image's in dispatch order, which its first comment lists.
   */
  public String header(Schema schema, Map<String, List<CConstants.Constant>> constants, List<SubsystemModel> subsystems)
      throws IOException, TemplateException {
    return render("ckpt_hdr.h.ftl", Map.of("image", view(schema, constants),
        "subsystems", subsystems.stream().map(SubsystemModel::name).collect(java.util.stream.Collectors.toList())));
  }

  /** The bytes of {@link #COMMON_READER}, the same for every image: a file of the templates, not a template. */
  public static byte[] commonReader() throws IOException {
    try (java.io.InputStream in = CHeaderWriter.class.getClassLoader().getResourceAsStream(TEMPLATES + "/" + COMMON_READER)) {
      if (in == null) {
        throw new IOException(COMMON_READER + " is missing from the processor's jar");
      }
      return in.readAllBytes();
    }
  }

  /**
   * What the C reader knows of its build besides the layouts: the schema fingerprint, the
   * subsystems in dispatch order and the bytes of the tables its images carry.
   */
  public record Build(long fingerprint, String source, List<SubsystemModel> subsystems, byte[][] tables) {
    /**
     * The four tables of a schema file (imagegen/SchemaFile): the header's schema table from its
     * count ({@code nschema} of {@code imageHeader}, the framing record's layout), then the field,
     * enum and subsystem table records; empty ones without a file (a build without ckptgen-image,
     * whose reader does not compile anyway).
     */
    public static byte[][] tables(byte[] schemaFile, StructLayout imageHeader) {
      byte[][] tables = new byte[4][];
      if (schemaFile == null) {
        java.util.Arrays.fill(tables, new byte[0]);
        return tables;
      }
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(schemaFile).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      int at = 0;
      for (int t = 0; t < 4; t++) {
        int len = b.getInt(at + Layout.LENGTH_AT);
        tables[t] = java.util.Arrays.copyOfRange(schemaFile, at + (t == 0 ? imageHeader.member("nschema").offset() : 0),
            at + len);
        at += (len + 7) & ~7;
      }
      return tables;
    }

    public String fingerprintHex() {
      return String.format("%016x", fingerprint);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The tables' bytes as a C initializer, 12 a line (one 0 for none: C has no empty array). */
    public String tableBytes() {
      int n = 0;
      StringBuilder b = new StringBuilder(6 * java.util.Arrays.stream(tables).mapToInt(t -> t.length).sum() + 16);
      if (java.util.Arrays.stream(tables).allMatch(t -> t.length == 0)) {
        return "\t0";
      }
      for (byte[] table : tables) {
        for (byte x : table) {
          // by hand, not String.format: the tables of 1,000 structs are 640 KB
          b.append(n % 12 == 0 ? (n > 0 ? ",\n\t" : "\t") : ", ").append("0x").append(HEX[(x >> 4) & 0xf])
              .append(HEX[x & 0xf]);
          n++;
        }
      }
      return b.toString();
    }

    /** Where each table starts in {@link #tableBytes()}, and where the last ends. */
    public String tableOffsets() {
      StringBuilder b = new StringBuilder("0");
      int at = 0;
      for (byte[] table : tables) {
        at += table.length;
        b.append(", ").append(at);
      }
      return b.toString();
    }
  }

  /** The text of {@code <image>_ckpt_reader.h}: the image's descriptions for {@link #COMMON_READER}. */
  public String reader(Schema schema, Build build, Map<String, List<CConstants.Constant>> constants)
      throws IOException, TemplateException {
    return render("ckpt_reader.h.ftl", Map.of("image", view(schema, constants), "build", build));
  }

  private CView.Image view(Schema schema, Map<String, List<CConstants.Constant>> constants) {
    if (schema != viewed || constants != viewedConstants) {
      view = CView.of(schema, constants);
      viewed = schema;
      viewedConstants = constants;
    }
    return view;
  }

  private String render(String name, Map<String, Object> model) throws IOException, TemplateException {
    Template template = config.getTemplate(name);
    StringWriter out = new StringWriter();
    template.process(model, out);
    return out.toString();
  }
}
