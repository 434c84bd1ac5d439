package org.ckptgen.processor.cgen;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.ckptgen.processor.model.Schema;

/**
 * Prints C artifacts from the FreeMarker templates of the {@code templates} module. The
 * templates only lay out what the model computed; a missing value fails loudly instead of
 * printing an empty string.
 */
public final class CHeaderWriter {
  private static final String TEMPLATES = "org/ckptgen/templates";
  private final Configuration config;

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

  /** The text of {@code <image>_ckpt_hdr.h}. */
  public String header(Schema schema) throws IOException, TemplateException {
    return render("ckpt_hdr.h.ftl", schema);
  }

  /** The text of {@code <image>_ckpt_reader.h}, the single-header C reader. */
  public String reader(Schema schema) throws IOException, TemplateException {
    return render("ckpt_reader.h.ftl", schema);
  }

  private String render(String name, Schema schema) throws IOException, TemplateException {
    Template template = config.getTemplate(name);
    StringWriter out = new StringWriter();
    template.process(Map.of("schema", schema), out);
    return out.toString();
  }
}
